"""Row splitting for the long-form parser: :func:`_rows` cuts numbered lines into
headings and items (menus, captions, glued cells, run-in lists, chip strips).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from careergraph.guides.amounts import bound_pair, column_terms, find_money
from careergraph.guides.builder import hook_opened
from careergraph.guides.checklist_rows import checklist_item, checklist_parts
from careergraph.guides.company_fields import company_field
from careergraph.guides.document_numbering import document_numbering
from careergraph.guides.duty_names import list_sentence, named_duties
from careergraph.guides.duty_objects import third_person_duty
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import bundled_section, normalise_heading
from careergraph.guides.items import HOLDS_CLAUSE
from careergraph.guides.ladders import years_start
from careergraph.guides.listing_strip import dot_strip
from careergraph.guides.longform_chrome import (
    _ATTACHMENT,
    _BLANK,
    _CARDS_BELOW,
    _CONTENTS_ENTRY,
    _FLAIR,
    _FOOTER,
    _FORM_FIELD,
    _FORM_SECTION,
    _INVITATION,
    _PARAGRAPH_WORDS,
    _POST_BYLINE,
    _RELATED_STRIP,
    _SECTION_MARK,
    _contents_lists,
    _markup,
    _menus,
    _named_by_head,
    _titles_row,
)
from careergraph.guides.longform_headings import (
    _CAPS_LEAD,
    _CAPS_TAIL,
    _DIARY_ENTRY,
    _DIARY_WORDS,
    _EMOJI_LABEL_WORDS,
    _FAQ_HEADING,
    _FIRST_ITEM,
    _HEADING_WORDS,
    _LABEL_LISTS,
    _LEAD_IN,
    _LONG_HEADING,
    _NAME_LINE,
    _PANEL_KINDS,
    _QUESTION_HEADING,
    _SENTENCE_LABEL,
    _answered_question,
    _caps_heading,
    _dated_heading,
    _emoji_heading,
    _emoji_label,
    _lead_in,
    _long_question,
    _markdown_headings,
    _names_lead,
    _noted,
    _noted_caps_heading,
    _plain_heading,
    _question,
    _section_word,
    _sentence_heading,
    _skills_line,
    _tab_panel,
    _toggle_heading,
    _unnamed_heading,
)
from careergraph.guides.longform_lines import (
    _ASIDE_LINE,
    _FIGURE,
    _ITEM_LIKE,
    _QUESTION_MARKS,
    _QUESTION_WORDS,
    _RUN_IN_JOIN,
    _RUN_IN_WORDS,
    _SHORT_HEADING,
    _SHORT_WORDS,
    _STRIP_ITEMS,
    _STRIP_WORDS,
    _bilingual_heading,
    _known_heading,
    _panel_kind,
    _Row,
    _short_title,
)
from careergraph.guides.longform_patterns import _GLUED_TITLE, _PAY_IN_TITLE
from careergraph.guides.money_grammar import label_period
from careergraph.guides.move_items import step_number
from careergraph.guides.numbered_sections import contents_sections
from careergraph.guides.panels import (
    dash_label,
    glued_panels,
    panel_value,
    record_fields,
    spaced_panels,
)
from careergraph.guides.price_blocks import heads_prices
from careergraph.guides.section_kinds import (
    _LABEL_KINDS,
    _NUMBERED,
    _SKILL_KINDS,
    _WORD_LABEL_KINDS,
    Kind,
    classify_heading,
)
from careergraph.guides.skill_cues import paired_skills
from careergraph.guides.skill_trailers import without_ratings
from careergraph.guides.text import BULLET_FIRST, Line, is_title_case, split_label, strip_bullet
from careergraph.guides.vocab import Vocabulary

# A checklist's box told in words ("ticked: C++", 'not ticked, "bonus item": HLSL').
_CHECKLIST_MARK = re.compile(r"(?:(?:not |un)?(?:ticked|checked)|checkbox)(?:,\s*[\"“][^\"”]{1,30}"
                             r"[\"”])?:\s+(?=\S)", re.IGNORECASE)
# A graphic's numbered panel in its text version, its heading quoted: 'Square 2, "Your
# inventory" (a checklist):', 'Panel 3 - "The money":' (what follows the colon is its text).
_QUOTED_PANEL = re.compile(r"(?:Square|Panel|Box|Tile|Card|Frame|Stop|Slide|Section|Step)\s+"
                           r"\d{1,2}\s*[,:.–—-]\s*[\"“](?P<heading>[^\"”]{2,60})[\"”]"
                           r"(?:\s*\([^()]{0,80}\))?\s*(?::|$)")
_INLINE_BULLET = re.compile(r"\s+[•·▪]\s+")
_FIELD_CELLS = 2  # labelled cells of a strip of fields, at least
_CARD_DOTS = re.compile(r"\s*·\s+")
_SPEAKER_LEAD = re.compile(r"^[A-Z][a-z]+\s[A-Z]\.:\s+")  # a comment's "Jonas E.: "
_SENTENCE_GAP = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")
_SCALE_LEGEND = re.compile(r"\s*\(\s*1\s*[=:–-]?\s*[A-Za-z][^()]*\)\s*$")
# A form's fields printed across one line, a wide gap before each next label ("Industry:
# Mining / Quarrying   Scale: 400 staff"): where one field ends and the next begins.
_FIELD_GAP = re.compile(r"\s{3,}(?=[A-Z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,2}:\s)")
# Where a heading can touch its neighbour: "ToStaff", "strong.Companies", "Level110,000".
# (rules44b) or a heading glued to its first item's dash ("We require- apprenticed …")
_GLUE = re.compile(r"[a-z.)!?:][A-Z0-9$€£₹]|[a-z]-\s")
# (fixes73) A question heading glued to its answer's capital ("What is the trade test?The …").
_GLUED_QUESTION = re.compile(r"((?:What|Who|How|Why|Where|When|Which|Is|Are|Do|Does|Can)\s"
                             r"[^?.!:;|]{3,80}\?)(?=[A-Z][a-z])")
# (rules32b) A heading in capitals glued to its first item ("SKILLS NEEDEDStockmanship · …"):
# the case changes inside the item's first word.
_CAPS_GLUE = re.compile(r"[A-Z]{3}[A-Z][a-z]")


# (rules46b) A sub-section's number three or four deep before its words ("4.3.4 What we
# expect …", "6.2.1 Pay"): a handbook's or a manual's heading (two deep, "2.3 Laying block",
# is a document's list item: :mod:`careergraph.guides.document_numbering`).
# (rules58a) A form section's long note in brackets after its name ("SECTION 3 – HOURS BY
# CATEGORY OF WORK (gas fitting only; do not include sheet metal, … hours)"): no part of the
# name, which still heads what follows.
_FORM_NOTE = re.compile(r"(?<=[A-Z])\s*\([^()]{40,200}\)\s*$")
_SUBSECTION = re.compile(r"(\d{1,2}(?:\.\d{1,2}){2,3})\.?\s+([A-Z].{1,80})")


# A heading in capitals with an aside, then a wide gap and a labelled field ("SKILLS YOU BUILD
# HERE (CI Shop)        Shop job: Shop Worker ($0.90/hr)").
_CAPS_THEN_FIELD = re.compile(r"^((?:[A-Z][A-Z&/'’-]*\s){1,6}[A-Z][A-Z&/'’-]*)(\s+\([^()]{1,40}\))?"
                              r"\s{3,}(?=[A-Z][\w ]{1,30}:\s+\S)()")
# The caption of a photographed or scanned notice ("Photo of flyer on the board at …").
# (carry42) A footer strip: cells set apart by middle dots or bars, the last the page's number
# ("Riverside NHS Trust · Appendix C · page 3", "Worksheet 2 | Page 2 of 4"); the page's first
# lines (a letterhead naming its body) are read as such.
_PAGE_FOOTER = re.compile(r"\s[·|]\s+(?i:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$")
_HEAD_STRIP = 3
_NOTICE_PHOTO = re.compile(r"\[?(?:Photo|Picture|Image|Snapshot|Scan|Photograph)\s+of\s+"
                           r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                           r"(?:flyer|poster|notice|ad|advert|advertisement|sign|"
                           r"leaflet|handbill|card)s?\b", re.IGNORECASE)
# A shared document's comment or suggestion in brackets, by its author ("[Comment - Name: …]").
_EDITOR_NOTE = re.compile(r"\[(?:Comment|Suggestion|Suggested edit|Note)\s*[-–—:]\s*"
                          r"[^:\]]{1,40}:.*\]$")
# The label of a strip of links to other pages, opening the line or after a wide gap.
# A pay scale's code before a titled pay row ("Band 7  Senior Orthoptist: £40,000 – …",
# "Grade 3 Ward Clerk: $41,200"): the code is the row's scale point, the title after it owns
# the figures (kept, the code read the title as its own label and its colon as part of it).
_ROW_SCALE_CODE = re.compile(r"(?:Band|Grade|Scale|Pay band)\s+\d{1,2}[a-z]?\s+"
                             r"(?=[A-Z][A-Za-z' -]{1,60}:\s*(?:[A-Z]{0,3}\s?[£$€₹¥]|\d))")
# The letter of a standard's knowledge, skills or behaviours line ("K:", "S2:", "B:"), its items
# after it on the line ("K: Lift codes · Drive systems": two items however few the dots).
KSB_LABEL = re.compile(r"[KSB]\d{0,2}\s?:")
_LINKS_LABEL = re.compile(r"(?:^|\s{2,})(?:Related|See also|Related pages|Related links):\s+\S")
# A capitals label of two words or more, a gap of two spaces or more and text that is not
# capitals ("SECTORS WE CREW FOR  Dry bulk · …").
# (rules32b) A run-in label of names after a sentence's full stop ("… Valley Pork. Sectors:
# integrated units, feed mills."): one or two words, then a lower-case list.
# (rules49a: a label of up to five words, "… → Compliance Manager. Sideways moves we have
# seen: Risk Analyst and …")
_RUN_IN_MOVES = re.compile(r"(?<=[.!?])\s+([A-Z][a-z]+(?: [a-z]+){0,4}):\s+(?=[A-Z])")
_RUN_IN_NAMES = re.compile(r"(?<=[.!?])\s+([A-Z][a-z]+(?: [a-z]+)?):\s+(?=[a-z])")
# (rules45a) A run-in sector label mid-paragraph, its capitalised list one sentence long, more
# prose after it ("… holding "X". Field of activity: Agriculture, crop production. 120
# employees."): the labelled sentence alone is the list.
# ((carry46) or ending its line without a stop: "… one member, one vote. Industry: Food
# manufacturing")
# (rules49a: a translated posting's list in lower case, "… in 1998. Field of activity: metal
# industry. 85 workers.")
# ((carry52) a company panel's fields after its firm's name, a space before each colon as
# some sites print them, a wide gap before such a field: "… Mills Ltd.  Address : Mirpur,
# Dhaka  Business : Cotton yarn spinning. Member of …")
_RUN_IN_SECTORS = re.compile(r"(?:(?<=[.!?])\s+|(?<=\w)\s{2,}(?=\w+ :))"
                             r"([A-Z][a-z]+(?: [a-z]+){0,2}) ?:\s+"
                             r"([A-Za-z][^.:!?\d]{1,80}"
                             r"(?:\.(?=\s|$)|$))")
# (rules37b) A labelled field printed before the footer on its line, a wide gap between them
# ("Sector: Higher education   © University of Eastmoor 2026 · Cookies").
# (carry38) A line wholly in one bracket pair, its labels and figures inside.
_WHOLE_ASIDE = re.compile(r"\([A-Z][^()]*:\s[^()]*\d[^()]*\)")
# (carry38: or a middle dot's cell, "Sector: Dentistry  ·  © X plc")
_FIELD_BEFORE_FOOTER = re.compile(r"^([A-Z][\w &/-]{2,30}:\s+[^©·|:]{2,80}?)(?:\s{3,}|\s+[·|]\s+)"
                                  r"(?=©|\(c\)|[Cc]opyright\b)")
# (rules41a) A labelled field before a job board's strip on its line, a wide gap between them
# ("Industry: Education   Posted on X · 2 days ago · Share  Facebook").
_FIELD_BEFORE_POST_STRIP = re.compile(r"^([A-Z][\w &/-]{2,30}:\s+[^©·|:]{2,80}?)\s{3,}"
                                      r"(?=Posted\s+(?:on|by|in|\d)|Share\b)")
# (rules37b) A run-in label of the employer's other sites before their capitalised names, after
# a sentence ("… Kitchen Porter. Other hotels in our group: The Bay Hotel St Ives, Penrose
# Lodge."), no figures after it.
_RUN_IN_EMPLOYERS = re.compile(r"(?<=[.!?])\s+((?:Our )?[Oo]ther [a-z]+(?: [a-z]+){0,4}):\s+"
                               r"(?=[A-Z][^\d$€£]*$)")
# (rules32b) A report's numbered section with its text on the same line ("7. CERTIFICATION:
# Trade licence preferred"): the number, the label in capitals, a colon and the text.
# (real49) A numbered item's short label and the sentence explaining it ("Attention to detail:
# Precision is crucial in this work, and …").
_EXPLAINED_ITEM = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,5}: [A-Z][^:]*?(?: [^ :]+){5,}[.!]")
_NUMBERED_CAPS_LABEL = re.compile(r"^\d{1,2}[.)]\s+([A-Z][A-Z&/' -]{2,40}[A-Z]):\s+(?=\S)")
# (fresh49) A heading glued to its list's first dash item ("We require:- Care records"): the
# label, its colon and the dash of the item (the other items stand below, one a line).
# (rules47a) A site's name closing a heading after a dash ("… — ZaplataMore.bg").
_SOURCE_TAIL = re.compile(r"\s+[—–-]\s+[A-Z][\w-]*\.(?:[a-z]{2,3}|co\.[a-z]{2})$")
_SITE_ENDS = frozenset({".b", ".p", ".i", ".c", ".u", ".r", ".d", ".h", ".s", ".e", ".o", ".n",
                        ".a", ".m", ".l", ".g"})
_SOURCED_WORDS = 8  # words of such a heading before its site
_DASH_GLUED_LABEL = re.compile(r"^([A-Z][\w'’/& ]{1,40}?):-\s?(?=[^\s\d-])")
# A decimal-numbered clause's run-in title before its text: "3.2 Qualifications. A; B".
_CLAUSE_ITEMS = 3
_NUMBERED_RUN_IN = re.compile(r"^\d{1,2}\.\d{1,2}\s+([A-Z][a-z]+(?:\s[a-z]+){0,3})\.\s+(?=[A-Z])")
# (rules33a: a single word of five letters or more too, and an ampersand between words:
# "SKILLS  load calculation • …", "TOOLS & KIT  chain hoists, …")
# (rules49b) A firm's field in an editor's form: its label, a wide gap, the firm, then
# labelled fields after middle dots ("Company   X LLC   ·   Industry: Home services").
_FIRM_FIELD_STRIP = re.compile(r"^(?P<label>[A-Za-z][A-Za-z]{2,15}(?:\s[A-Za-z]{2,15})?)\s{3,}"
                               r"(?P<value>[A-Z][^·:]{1,80}?)\s+·\s+"
                               r"(?P<rest>[A-Z][\w &/-]{2,30}:\s.*)$")
_CAPS_GAP = re.compile(r"^((?:[A-Z][A-Z&/'’-]*\s(?:&\s)?){1,6}[A-Z][A-Z&/'’-]*|[A-Z]{5,})\s{2,}"
                       r"(?=[A-Za-z]*[a-z])")
# A survey form's numbered question ("Q7. Did you get the training you needed?   Partly"),
# its answer after a wide gap, and a section between rules ("── Section 2: Your role ──").
_SURVEY_QUESTION = re.compile(r"(?P<q>Q\d{1,2}[.):]\s+[^?]{3,140}?(?:\?|(?=\s{3,})|$))"
                              r"(?:\s+(?P<a>\S.*))?")
# (and in plain text, "---------- end of handout ----------": a printed handout's edge)
_RULED_HEADING = re.compile(r"(?:[─━═]{2,}|-{4,}|={4,})\s*(?P<q>[^─━═=-][^─━═=]{1,59}?)\s*"
                            r"(?:[─━═]{3,}|-{4,}|={4,})")
_SURVEY_OPENERS = "Q─━═-="


def _survey_heading(text: str) -> tuple[str, str] | None:
    """A survey form's question or ruled section heading and the answer printed beside it
    ("" if none), or None when ``text`` is neither."""
    match = _SURVEY_QUESTION.fullmatch(text) or _RULED_HEADING.fullmatch(text)
    if match is None:
        return None
    return match.group("q").strip(), (match.groupdict().get("a") or "").strip()


# A form's check box, ticked or not ("[x]", "[ ]", "☐", "☑"), before its item.
# A panel's title in square brackets, a note after it in brackets or lower case ("[ Pay
# record ] (private)", "[ Suggested next steps ]  based on your passport").
_PANEL_TITLE = re.compile(r"\[\s*(?P<title>[A-Z][^\[\]\d]{1,40}?)\s*\]"
                          r"(?:\s+(?:\([^()]{1,60}\)|[a-z][^\[\]():]{0,40}))?\s*")
_BOX = re.compile(r"(?:^|\s+)(?:\[[ xX✓✔]?\]|[☐☑☒])\s+")
# A heading in capitals before a line's boxes, its aside after it ("NEXT STEPS (staff use)").
_BOXED_HEADING = re.compile(r"(?:[A-Z][A-Z&/'’-]*\s){0,5}[A-Z][A-Z&/'’-]*(?:\s+\([^()]{1,40}\))?")


def _box_items(text: str) -> list[str]:
    """The items of a line of check boxes ("[x] SMAW (stick)   [ ] GTAW (TIG)"), whether
    ticked or not (a form lists what the trade uses; the ticks are one person's), or [] when
    the line holds no box.  A line opening with a heading in capitals before its boxes
    ("NEXT STEPS (adviser use)  [ ] CV") gives that heading first."""
    parts = _BOX.split(text)
    if len(parts) < 2:
        return []
    head = parts[0].strip()
    if head and not _BOXED_HEADING.fullmatch(head):
        return []  # (a sentence with a bracketed blank in it: no form's boxes)
    return [item.strip() for item in parts if item.strip()]


_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")  # "A.I.", "U.S.": letters with full stops


_CHAIN_ARROW = re.compile(r"\s(?:→|->|⟶|›|»|>)\s")  # an arrow between two rungs
_CHAIN_ARROWS = 2  # arrows of a ladder of three rungs or more after a run-in label
_ALTERNATIVE_WORDS = 6  # words of one title in a run-in list of alternatives
_ALTERNATIVES_JOIN = re.compile(r",\s*(?:or\s+)?|\s+or\s+")  # "A, B or C"


# A pair's or a short list's joints ("A and B", "A, B and C", "A or B").
_RUN_IN_PAIR = re.compile(r",\s|\s(?:and|or|&)\s")
_TITLE_LABEL_WORDS = 3  # a label of this many words in Title Case may be a page's title
_OWN_FIGURE = re.compile(r"(?<![\w-])\d")  # a figure of its own ("2 years"), not "TG-142"


# One short name of a skill, its tools or kit in brackets ("Setting out", "Drawing software
# (Civil 3D, MicroStation)"): no figure, no sentence.
_ONE_SKILL = re.compile(r"[A-Z][\w/'’-]*(?:\s+[\w/'’-]+){0,3}(?:\s+\([^()\d]{2,60}\))?")


_NAME_ASIDE = re.compile(r"\s*\([A-Z][^()\d]{1,60}\)$")  # (a capitalised owner)


def _named_few(body: str, is_title: Callable[[str], bool]) -> bool:
    """Whether a run-in skills label's text is two or three short names ("hoof trimming and
    electric fencing."); a pair that :func:`.paired_skills` keeps whole ("Collaboration and
    Mentorship.", "Mentorship and Business Acumen.") is left to the readers of its line."""
    names = named_duties(body, is_title, least=2)
    return bool(names) and (len(names) > 2 or len(paired_skills(body.rstrip("."))) == 2)


def _run_in_list(kind: Kind, rest: str, is_title: Callable[[str], bool],
                 label: str = "") -> bool:
    """A run-in skills or workplaces label over a list that ends on its own line ("What gets
    you hired: A, B and C.", "Where tilers work: A, B and C."): the label names this line's
    list and opens no section."""
    # (an initialism's full stops end no sentence: "…, BQA certified, A.I. experience")
    body = _INITIALISM.sub(lambda initials: initials.group().replace(".", ""), rest.rstrip())
    if kind in (Kind.EMPLOYERS, Kind.SECTORS) and ". " not in body:
        # ("Where tilers work: Housing and Retail."): a few names, each short and capitalised
        names = _RUN_IN_JOIN.split(body.rstrip("."))
        # ("Where we work: hospitals, ambulatory surgery centers": kinds of workplace, each
        # a plural noun in lower case)
        kinds = len(names) >= 2 and all(n[:1].islower() and n.endswith("s") for n in names)
        # (rules36b: a name's bracketed owner counts no words: "Royal County Hospital
        # (Hampshire Hospitals NHS FT)")
        return all((n[:1].isupper() or kinds) and len(_NAME_ASIDE.sub("", n).split()) <= (
            _RUN_IN_WORDS) for n in names)
    if kind is Kind.RESPONSIBILITIES:
        # ("What you actually do all day: welding, rigging, pipe fitting and blueprint
        # reading."): a duties label over a bare list of four or more short names
        return bool(named_duties(body, is_title))
    if kind is Kind.PROGRESSION and len(_CHAIN_ARROW.findall(body)) >= _CHAIN_ARROWS:
        # ("Site progression: A → B → C."): a run-in label over its own ladder
        return True
    names = _ALTERNATIVES_JOIN.split(body.rstrip(".")) if kind is Kind.PROGRESSION else []
    if names and ". " not in body and all(
            name[:1].isupper() and len(name.split()) <= _ALTERNATIVE_WORDS for name in names) and (
                len(names) >= 2 if " or " in body else (
                    len(names) == 1 and body.endswith(".") and " to " not in body
                    and is_title(names[0]))):
        # ("Where it goes: A, B or C.", "Where it goes: VP of X."): a run-in label over the
        # titles the role leads to ("Ranger progression scheme: Ranger to Senior Ranger" is
        # a title line, no list)
        return True
    if kind in _SKILL_KINDS and body[:1].isupper() and _ONE_SKILL.fullmatch(body):
        # ("We want: Drawing software (Civil 3D, MicroStation)"): one short name, its tools
        # in brackets, ends the line
        return True
    if kind in _SKILL_KINDS and ". " not in body and not _OWN_FIGURE.search(body) and not (
            # ("Knowledge Base Librarian Career Guide: Duties, Pay and Prospects": a page
            # title in Title Case, its subtitle no list)
            len(label.split()) >= _TITLE_LABEL_WORDS and is_title_case(label)) and (
            _named_few(body, is_title) if _RUN_IN_PAIR.search(body) else (
                (body[:1].isupper() and _ONE_SKILL.fullmatch(body.rstrip(".")))
                or len(named_duties(body, is_title, least=1)) == 1)):
        # ("Nice to have: stock dog handling and fencing.", "Tools: Docker."): a skills
        # label over one to three short names, its full stop after them; a clause ("Skills:
        # we train you") is no list
        return True
    # (carry42: an item's tools in brackets are no part of the list's shape: "Clinical
    # scope: A; b (X, Y 5); c")
    bare = _BRACKETED_TOOLS.sub("", body) if "(" in body and "; " in body else body
    bare = HOLDS_CLAUSE.sub("", bare) if "; " in bare and " hold" in bare else bare
    if kind in _SKILL_KINDS and "," not in bare and "; " in bare and ". " not in bare:
        # ("Hand skills: sewing; pressing"): a semicolon parts list items, two enough
        items = bare.rstrip(".").split("; ")
        return not any(c.isdigit() for c in bare) and all(
            0 < len(item.split()) <= _RUN_IN_WORDS for item in items)
    return (kind in _SKILL_KINDS and body.count(",") >= 2 and (body.endswith(".") or (
                # ("Soft skills checked by supervisor: attendance, follows directions, works
                # with crew": a form's line of short items needs no full stop; figures'
                # thousands are no list)
                kind is not Kind.TOOLS and body.count(", ") >= 2 and not any(
                    c.isdigit() for c in body) and _short_items(_RUN_IN_JOIN.split(body))))
            and ". " not in body  # one sentence: "… Bucket truck operation too." goes on
            and not body.lower().startswith(("a ", "an ", "the ")))  # a requirement's prose
_BRACKETED_TOOLS = re.compile(r"\s*\([^()]{1,80}\)")

# A run-in label naming its list of sectors ("Typical sectors:", "Industry tags in this
# section:"): its items are sectors however written, in lower case too.
_LIST_NAMED = re.compile(r"\b(?:sectors|industries|industry\s+tags)\b", re.IGNORECASE)
_SECTOR_ITEMS = re.compile(r"\s*[,·•]\s*")
# A card printed as a table's row or a tab-separated line: its term, then its definition
# ("| Skill | Sampling |", "Career ladder | A → B |", "Exam<TAB>NBRC exam").
_CARD_CELLS = re.compile(r"^(?:\|\s*)?(?P<term>[^|\t]+?)\s*(?:\t+|\s\|\s+)"
                         r"(?P<definition>[^\t]*?)\s*\|?$")
# A directory's facet: an option with the count of entries it filters to ("Highways (7)").
_FACET_COUNT = re.compile(r"\s+\(\d[\d,]*\)$")


def _facet_line(label: str, rest: str) -> str | None:
    """A directory's facet line ("Sector: Rail (12) · Highways (7)   Region: all") as one
    labelled line of its options, counts dropped ("Sector: Rail, Highways   Region: all"), or
    None.  It lists what the filter offers on its own line: no section opens under it."""
    items = [i.strip() for i in _INLINE_BULLET.split(rest)]
    last, *fields = _WIDE_GAP.split(items[-1], maxsplit=1)  # ("…   Region: all": a field)
    items[-1] = last
    if len(items) < 2 or not all(_FACET_COUNT.search(i) for i in items):
        return None
    options = ", ".join(_FACET_COUNT.sub("", i) for i in items)
    return f"{label}: {options}" + "".join(f"   {field}" for field in fields)


def _short_items(items: Sequence[str]) -> bool:
    """A run-in list's items are names: each a few words, one in three at most a little
    longer ("setting out with Leica total stations", "a full UK driving licence": an
    exhibitor's "We want:" list)."""
    sizes = [len(item.split()) for item in items]
    return all(0 < size <= _RUN_IN_WORDS + 2 for size in sizes) and (
        sum(size > _RUN_IN_WORDS for size in sizes) * 3 <= len(sizes))


# Small words a name in Title Case keeps in lower case ("Indian Register of Shipping").
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "de", "&"})


def _spaced_label(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """``(label, list)`` for a run-in employers or sectors label of two or three words with
    no colon before its list of names ("Top Recruiters A, B and C"), else None: every name
    is in Title Case, so "Top Recruiters say that …" is a sentence."""
    words = text.split()
    for size in (3, 2):
        label, rest = " ".join(words[:size]), " ".join(words[size:])
        if _known_heading(label, vocab) not in (Kind.EMPLOYERS, Kind.SECTORS) or (
                ", " not in rest):
            continue
        names = [_LEADING_THE.sub("", n) for n in _RUN_IN_JOIN.split(rest.rstrip(". "))]
        if all(n and len(n.split()) <= _RUN_IN_WORDS and all(
                w[:1].isupper() or w in _NAME_JOINERS for w in n.split()) for n in names):
            return label, rest
    return None


_SEMICOLON_RUN = 2  # lines ending in a semicolon that make a list (then its last line)


def _semicolon_runs(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``raw`` with a list printed one item a line, each ending in a semicolon and the last
    in a full stop, under a label's colon ("Requirements:" / "Knowledge in NR-11;" / … /
    "Good communication, proactivity."), as a translated posting prints it: each line a
    bullet, its mark cut (the label's section reads the items).

    >>> [(t, b) for _, t, b in _semicolon_runs([(1, "Requirements:", False),
    ...  (2, "Forklift licence;", False), (3, "Knowledge in NR-11;", False),
    ...  (4, "Teamwork and punctuality.", False), (5, "Other text;", False)])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Requirements:', False), ('Forklift licence', True), ('Knowledge in NR-11', True),
     ('Teamwork and punctuality', True), ('Other text;', False)]
    """
    out = list(raw)
    for at, (_no, text, bullet) in enumerate(raw):
        if bullet or not text.endswith(":") or len(text) > _LABEL_SPAN:
            continue
        end = at + 1
        while end < len(raw) and not raw[end][2] and raw[end][1].endswith(";") and (
                raw[end][0] == raw[end - 1][0] + 1):
            end += 1
        if end - at - 1 < _SEMICOLON_RUN:
            continue
        if end < len(raw) and not raw[end][2] and raw[end][1].endswith(".") and (
                raw[end][0] == raw[end - 1][0] + 1):
            end += 1  # (the list's last item, its full stop)
        for index in range(at + 1, end):
            item_no, item, _ = raw[index]
            out[index] = (item_no, item[:-1].rstrip(), True)
    return out


_LABEL_SPAN = 40  # a label over such a list is this short


_LEADING_THE = re.compile(r"^the\s+")
_PREMIUM = re.compile(r"\s+[+−-]\s?\d{1,3}(?:\.\d)?\s?%$")  # "Fumigation +9%"
_SCORED = re.compile(r"^(\D.*?)\s+\d\.\d{2}$")  # "Service orientation 3.48"
_SCORED_RUN = 3  # rows in a row of a rated list, so one "Python 3.11" is no score
# (prec13) A rated list's later group under its own short label ("knowledge", "Abilities"),
# right after a full run: two scored rows or more go on with the list's scores.
_SCORED_GROUP = 2
# (a rated list's group names a kind of ability; a "Tools" label over "Python 3.11" is none)
_GROUP_LABELS = frozenset({"knowledge", "skills", "abilities", "competencies", "aptitudes",
                           "work styles", "work activities", "interests", "work values"})


def _scored_rows(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``raw`` with the level scores of a rated list cut off its names (an occupation
    site's "Skills" rows: "Service orientation 3.48", "Speaking 3.30", …), its later groups
    under a short label of their own included ("knowledge": "Geography 3.12", …).

    >>> [t for _, t, _ in _scored_rows([(1, "Speaking 3.30", False), (2, "Writing 3.02",
    ...  False), (3, "Monitoring 2.95", False), (4, "Tools", False), (5, "Python 3.11",
    ...  False)])]
    ['Speaking', 'Writing', 'Monitoring', 'Tools', 'Python 3.11']
    >>> [t for _, t, _ in _scored_rows([(1, "Speaking 3.30", False), (2, "Writing 3.02",
    ...  False), (3, "Monitoring 2.95", False), (4, "knowledge", False), (5,
    ...  "Geography 3.12", False), (6, "Mechanical 2.80", False)])][3:]
    ['knowledge', 'Geography', 'Mechanical']
    """
    # (a score ends its line, "3.48": a line without a full stop in its last four characters
    # has none, and most lines are tested by that alone)
    scored = [_SCORED.match(text) if "." in text[-4:] else None for _, text, _ in raw]
    out = list(raw)
    start = 0
    full_end = -2  # where the last full run ended (its next row: a group's label, if any)
    while start < len(raw):
        end = start
        while end < len(raw) and scored[end] is not None:
            end += 1
        if end - start >= _SCORED_RUN or (
                end - start >= _SCORED_GROUP and start == full_end + 1
                and raw[full_end][1].strip().lower() in _GROUP_LABELS):
            for at in range(start, end):
                match = scored[at]
                if match is not None:
                    out[at] = (raw[at][0], match.group(1), raw[at][2])
            full_end = end
        start = end + 1
    return out


# An appraisal's competency row rated by its raters after dot leaders or a gap
# ("Concept development ........ self 4 / mgr 4", "SEO copywriting (Semrush)  self 3 / mgr 4").
_RATER = r"(?:self|mgr|manager|appraiser|reviewer|peer)"
_RATED_TAIL = re.compile(rf"(?:\s*\.{{2,}}\s*|\s{{2,}}){_RATER}\s+\d(?:\.\d)?"
                         rf"(?:\s*/\s*{_RATER}\s+\d(?:\.\d)?)*\s*$", re.IGNORECASE)
# A form's competencies rated in piped cells ("SQL - 4 | Python (pandas) - 3 |").
_RATED_CELL = re.compile(r"(?P<name>\S.*?)\s+[-–]\s+\d(?:\.\d)?")
_RATED_CELLS = 2  # cells of a line of rated names, so "Step - 4 | x" alone is no list


def _rated_rows(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``raw`` with an appraisal's ratings cut off its competencies, each an item.

    >>> [t for _, t, _ in _rated_rows([(1, "Brief writing ....... self 4 / mgr 3", False),
    ...                                 (2, "Excel - 4 | Negotiation - 3 |", False)])]
    ['Brief writing', 'Excel', 'Negotiation']
    >>> [t for _, t, _ in _rated_rows([(1, "Kiln safety (Level 2 - Proficient); Glazing",
    ...                                     False)])]
    ['Kiln safety; Glazing']
    """
    out: list[tuple[int, str, bool]] = []
    for no, text, bullet in raw:
        if "(" in text and ")" in text:
            text = without_ratings(text)  # (rules44a) "(Level 2 - Proficient)": no item
        rated = _RATED_TAIL.search(text) if text[-1:].isdigit() else None
        if rated is not None and rated.start() > 0:
            out.append((no, text[:rated.start()].strip(" .:"), True))
            continue
        cells = [cell.strip() for cell in text.split("|") if cell.strip()] if " | " in text else []
        named = [_RATED_CELL.fullmatch(cell) for cell in cells]
        if len(cells) >= _RATED_CELLS and all(named):
            out.extend((no, match.group("name"), True) for match in named if match)
            continue
        out.append((no, text, bullet))
    return out


_PIPED_WORDS = 6  # a cell of a piped list names one thing in a few words
_FIGURE_CELL = re.compile(r"^\W*\d|[$€£¥₹%]")  # a table's figure, no name ("BS 4142" is)


def _piped_items(text: str, above: _Row | None, before: str, after: str) -> list[str]:
    """The items of a lone piped line right under a skills heading ("Specialisms" /
    "Building acoustics | Room acoustics | Expert witness"), or [] for a table's row (its
    neighbours piped too, a figure or a long cell in it).

    >>> heading = _Row(3, "Specialisms", False, "Specialisms", kind=Kind.SKILLS, top=True)
    >>> _piped_items("Rigging | Load charts", heading, "Specialisms", "Fees")
    ['Rigging', 'Load charts']
    >>> _piped_items("Rigging | £40", heading, "Specialisms", "Fees")
    []
    """
    if (above is None or not above.top or above.kind not in _SKILL_KINDS
            or "|" in before or "|" in after):
        return []
    cells = [cell.strip() for cell in text.strip().strip("|").split(" | ")]
    if len(cells) < 2 or any(not cell or len(cell.split()) > _PIPED_WORDS
                             or _FIGURE_CELL.search(cell) for cell in cells):
        return []
    return cells


_SLASHED_PARTS = 3  # a run of at least three slashed items is a list, no "either / or"
_SLASHED_WORDS = 8  # an item of a slashed list names one thing in a few words


def _slashed_items(text: str, above: _Row | None, vocab: Vocabulary) -> list[str]:
    """(rules36a) The items of a paragraph run together by slashes right under a skills
    heading ("What a X needs" / "Visual merchandising / stock rotation / EPOS reporting
    (Lightspeed) / …"), or [] for any other line.

    >>> heading = _Row(3, "Skills", False, "Skills", kind=Kind.SKILLS, top=True)
    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _slashed_items("Rigging / load charts / slinging (chains).", heading, v)
    ['Rigging', 'load charts', 'slinging (chains)']
    >>> _slashed_items("Rigging / load charts", heading, v)
    []
    """
    if above is None or not above.heading or (above.kind or classify_heading(
            normalise_heading(above.heading), vocab.headings)) not in _SKILL_KINDS:
        return []
    cells = [cell.strip() for cell in text.strip().rstrip(".").split(" / ")]
    if len(cells) < _SLASHED_PARTS or any(
            not cell or len(cell.split()) > _SLASHED_WORDS or _FIGURE_CELL.search(cell)
            or ". " in cell for cell in cells):
        return []
    return cells


# A short label before a piped list ("Has:      venipuncture | centrifuge operation |").
_PIPED_LABEL = re.compile(r"^[A-Z][\w -]{1,20}:\s+(?=\S)")


def _labelled_pipes(text: str, before: str, rows: Sequence[_Row]) -> list[str]:
    """The items of a labelled piped list in a skills section ("Has:  A | B |", "To
    build:  C | D"), and of its wrapped line (right after the list's items), or []."""
    last = next((row for row in reversed(rows) if row.kind is not None or row.heading), None)
    if last is None or last.kind not in _SKILL_KINDS:
        return []
    label = _PIPED_LABEL.match(text)
    if label is None and not (rows[-1].bullet and " | " in before):
        return []
    cells = [cell.strip() for cell in text[label.end() if label else 0:].split(" | ")]
    cells = [cell.strip(" |") for cell in cells if cell.strip(" |")]
    if len(cells) < 2 or any(len(cell.split()) > _PIPED_WORDS or _FIGURE_CELL.search(cell)
                             for cell in cells):
        return []
    return cells


def _foreign_label(text: str, vocab: Vocabulary) -> bool:
    """A piped line opening with a label that names a section of another kind than skills
    ("PHYSICAL: Standing C | Grip C" under a tools list): the label opens its own section,
    its cells are no items of the list above (rules32b).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _foreign_label("Physical: Kneeling F | Reaching O", v), _foreign_label("Has: A | B", v)
    (True, False)
    """
    label = _PIPED_LABEL.match(text)
    if label is None:
        return False
    kind = classify_heading(label.group().strip().rstrip(":"), vocab.headings)
    # (a label of names or moves, "Related careers: A | B", keeps its piped cells: a
    # sidebar's strip that the readers of those lists judge)
    return kind in _CLOSING_LABELS


# Labels of sections that hold no list of names: a piped line they open is their own text.
_CLOSING_LABELS = frozenset({Kind.OVERVIEW, Kind.REQUIREMENTS, Kind.RESPONSIBILITIES,
                             Kind.CHALLENGES, Kind.PRACTICES, Kind.MARKET, Kind.SALARY})


_PIPED_LABEL_WORDS = 5  # words of a label whose kind its words tell, before piped names


def _piped_field(text: str, vocab: Vocabulary) -> str | None:
    """A known label's field whose names are separated by pipes ("Industry: Retail |
    Wholesale | Logistics") as the same field with commas, or None (a table's row, a
    template's several fields, a figure in a cell).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _piped_field("Industry: Retail | Wholesale", v)
    'Industry: Retail, Wholesale'
    >>> _piped_field("Industry: Retail | $40,000", v) is None
    True
    >>> _piped_field("Industry: Shipping | Steel and copper", v)
    'Industry: Shipping; Steel and copper'
    """
    label, rest = split_label(text) if ": " in text.partition(" | ")[0] else (None, "")
    if not label or not rest or ":" in rest:
        return None
    # (a known label, or a short one whose words say it: "Alumni now fly for: A | B")
    kind = _known_heading(label, vocab) or (classify_heading(label, vocab.headings) if len(
        label.split()) <= _PIPED_LABEL_WORDS else None)
    if kind not in _NAME_LIST_KINDS:
        return None
    cells = [cell.strip() for cell in rest.strip(" |").split(" | ")]
    if len(cells) < 2 or any(not cell or len(cell.split()) > _PIPED_WORDS
                             or _FIGURE_CELL.search(cell) for cell in cells):
        return None
    # (rules38c) a cell joining two words with "and" ("Construction | Aluminium and glass")
    # is one cell: semicolons keep it whole, so its "and" joins no list's last item
    joiner = "; " if any(" and " in cell for cell in cells) else ", "
    return f"{label}: {joiner.join(cells)}"


def _piped_label(text: str, vocab: Vocabulary) -> str | None:
    """A two-cell table row flattened into one line whose first cell is a known heading of
    a list and whose second a list of names ("Key Skills | A, B, C", "| Industries | A, B
    |"), as the run-in label "Key Skills: A, B, C"; else None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _piped_label("Key Skills | tact, patience", v)
    'Key Skills: tact, patience'
    >>> _piped_label("Hours | 40, sometimes 45", v) is None
    True
    >>> _piped_label("Employer | Harbour Vila d.d.", v)  # (carry45)
    'Employer: Harbour Vila d.d.'
    """
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    if len(cells) != 2:
        return None
    kind = _known_heading(cells[0], vocab)
    if ", " not in cells[1] and Kind.EMPLOYERS in (
            kind, _known_heading(f"{cells[0]}s", vocab)) and _ONE_NAME.match(cells[1]) and (
            # (a table's header row, "| Employer | Average Monthly Pay |", "Employer |
            # Location": no field; a firm's name has two words at least)
            len(cells[1].split()) >= _NAME_WORDS and column_terms(cells[1]) is None
            and _known_heading(cells[1], vocab) is None):
        # (carry45) a key-information table's "Employer | Hotel Bura d.d." row: one name, the
        # row a field, no heading over the rows below ("Place of work | …" no employer)
        return f"{cells[0]}: {cells[1]}"
    if kind is Kind.ALIASES and ", " not in cells[1] and _ONE_NAME.match(cells[1]) and (
            len(cells[1].split()) <= _ALIAS_WORDS and _known_heading(cells[1], vocab) is None):
        # (fixes102) a fact sheet's "Commonly Known As | Lift Engineer": the one other name
        return f"{cells[0]}: {cells[1]}"
    if ", " not in cells[1] or kind not in _NAME_LIST_KINDS:
        return None
    return f"{cells[0]}: {cells[1]}"


# One organisation's name as a cell: capitalised, no figure, no sentence, two words at least.
_NAME_WORDS = 2
_ALIAS_WORDS = 5  # (fixes102) a title's other name in a cell: a few words
_ONE_NAME = re.compile(r"^[A-Z][^\d.!?:;]*(?:\.[^\s\d][^\d!?:;]*)*\.?$")


def _pipes_of_later_field(text: str, vocab: Vocabulary) -> bool:
    """Is ``text`` a form's fields across one line, an industry or employer field first and
    the pipes in a later one ("Industry: Sport & leisure     Shape data shown: A | B")? Such
    a line is read field by field, no table row.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _pipes_of_later_field("Industry: Sport & leisure     Shown: Title | Name", v)
    True
    >>> _pipes_of_later_field("Industry: Retail | Wholesale", v)
    False
    """
    first, *later = _FIELD_GAP.split(text, 1)
    label, _, value = first.partition(": ")
    return bool(later and value.strip()) and " | " not in first and _known_heading(
        label.strip(), vocab) in (Kind.SECTORS, Kind.EMPLOYERS)


# A comma outside brackets ("SAP PM (functional locations, equipment masters), SQL": two).
_OUTER_COMMA = re.compile(r",\s+(?![^()]*\))")
# A plan's skills held and to gain, each a labelled list ("Has: A, B", "To update: C, D").
_HELD_LABEL = re.compile(r"^(?:Has|Have|To (?:update|build|learn|develop|gain|add)):\s+(?=\S)")


def _labelled_commas(text: str, rows: Sequence[_Row], vocab: Vocabulary) -> list[str]:
    """The items of a plan's labelled comma list in a skills section ("Has: AutoCAD, site
    checks, take-offs") or of a category's ("Technical: A, B", "People: C, D"), or []: the
    label is no skill."""
    label = _HELD_LABEL.match(text) or _category_label(text)
    last = next((row for row in reversed(rows) if row.kind is not None or row.heading), None)
    if label is None or last is None or (last.kind or (None if last.numbered else (
            classify_heading(last.heading, vocab.headings)))) not in _SKILL_KINDS:
        # (a numbered heading, "4. Capabilities", may be a list's item: its kind unknown)
        return []
    cells = [cell.strip(" .;") for cell in _OUTER_COMMA.split(text[label.end():])]
    if len(cells) < 2 or any(not cell or len(cell.split()) > _PIPED_WORDS
                             or _FIGURE_CELL.search(cell) for cell in cells):
        return []
    return cells


def _category_label(text: str) -> re.Match[str] | None:
    """The category label opening a skills line ("Technical: ", "People skills: "), or
    None (``skill_categories`` in data/headings.yaml)."""
    head, colon, _ = text.partition(": ")
    if not colon or head.lower() not in word_lists("skill_categories").get("labels", ()):
        return None
    return re.match(rf"{re.escape(head)}:\s+(?=\S)", text)


def _run_in_clause(text: str, vocab: Vocabulary) -> re.Match[str] | None:
    """A decimal-numbered clause whose run-in title is a known heading ("3.2 Qualifications.
    A; B; C"), or None."""
    clause = _NUMBERED_RUN_IN.match(text) if text[:1].isdigit() else None
    if clause is None or vocab.headings.classify(normalise_heading(clause.group(1))) is None:
        return None
    return clause


def _joined_bounds(items: list[str]) -> list[str]:
    """A strip's items with a band's labelled floor and ceiling ("Floor: R$ 2.600 · Ceiling:
    R$ 6.200") read as one item, "X to Y": the two ends of one band, no two figures."""
    out: list[str] = []
    for item in items:
        band = bound_pair(out[-1], item) if out else None
        if band is not None:
            out[-1] = band
        else:
            out.append(item)
    return out


def _sector_fields(item: str, vocab: Vocabulary) -> tuple[str, list[str]] | None:
    """(fixes89) A dotted strip's cells labelled by a sectors heading ("Business area:
    General Insurance") apart from the strip's other cells, or None when the strip has
    no such cell beside another labelled cell (a field strip, not one list of sectors).
    (fixes90) A posting's industry field ("Activity: Tourism, hotel industry") is such a
    cell, relabelled (:func:`_posting_sector_cell`)."""
    cells = [cell.strip() for cell in _INLINE_BULLET.split(item) if cell.strip()]
    labelled = [(cell, split_label(cell)) for cell in cells if ": " in cell]
    sectors = [cell for cell, (label, rest) in labelled if label and rest and (
        vocab.headings.classify(label) == Kind.SECTORS.value)]
    posted = {cell: relabelled for cell, _ in labelled if cell not in sectors and (
        relabelled := _posting_sector_cell(cell, vocab)) is not None}
    if not (sectors or posted) or len(labelled) < _FIELD_CELLS or len(sectors) + len(
            posted) == len(cells):
        return None
    return " · ".join(cell for cell in cells if cell not in sectors and cell not in posted), [
        posted.get(cell, cell) for cell in cells if cell in sectors or cell in posted]


_POSTING_VALUE_WORDS = 8  # words of a posting's industry field's value, at most
# (carry50) … or a kind of business in lower case, as a translated posting prints its
# activity ("Activity: aluminium casting", "Activity: customs brokerage", "hospitality
# (gostinstvo)"): a budget's activity is a programme's name in Title Case ("Detention and
# Corrections"), a sentence ends in a stop, and a list of things done ("crafts, games,
# quiz night" on an animator's page) has commas.
_LOWER_KIND = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}(?: \([^()\d]{2,40}\))?")


# (rules51a) A translated posting's run-in activity in sentence case after its firm's prose
# ("… 2,5 million liters. Activity: Production of wine. We export …", "Branch: Manufacture of
# wearing apparel."): a kind of business, its first word capitalised and the rest in lower
# case, a gloss in brackets allowed (a budget's "Activity: Detention and Corrections" is in
# Title Case, a programme's name).
_SENTENCE_KIND = re.compile(r"[A-Z][a-z-]+(?: [a-z][a-z-]*){1,6}(?: \([^()\d]{2,60}\))?\.?")


def _run_in_activity(label: str, value: str) -> bool:
    """(rules51a) Whether a run-in ``label: value`` after a sentence is a posting's activity
    field (``posting_sectors.labels`` in ``data/headings.yaml``) whose value is a kind of
    business in sentence case (:data:`_SENTENCE_KIND`)."""
    return label.lower() in word_lists("posting_sectors").get("labels", ()) and (
        _SENTENCE_KIND.fullmatch(value.strip()) is not None)


def _posting_sector_cell(cell: str, vocab: Vocabulary) -> str | None:
    """(fixes90) A job posting's industry field, relabelled by a sectors heading: a label
    from ``posting_sectors.labels`` in ``data/headings.yaml`` ("Activity", "Branch"), its
    value a short list, no sentence and no further field, that names a sector the lexicon
    knows ("Tourism, hotel industry"); None for any other cell ("Activity: Detention and
    Corrections" among a budget's fields names no sector the lexicon knows)."""
    label, rest = split_label(cell)
    fields = word_lists("posting_sectors")
    if not label or not rest or label.lower() not in fields.get("labels", ()) or (
            ": " in rest) or len(rest.split()) > _POSTING_VALUE_WORDS or (
            rest.rstrip()[-1:] in ".!?"):
        return None
    if (vocab.gazetteer is None or not vocab.gazetteer.sectors(rest, section=True)) and (
            _LOWER_KIND.fullmatch(rest.strip()) is None):
        return None
    heading = fields.get("heading", ("industry",))[0]
    return f"{heading[:1].upper()}{heading[1:]}: {rest}"


_STRIP_BARS = 2  # bars between a strip's postings at least (three cells)


def _split_line(no: int, text: str, vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """One raw line as ``(no, text, bullet)`` parts: known headings glued to it split off."""
    text = _markup(text)
    ticked = checklist_item(text)
    if ticked is not None:  # a checklist form's item, its tick and date columns cut
        return [(no, part, True) for part in checklist_parts(ticked)]
    item, bullet = strip_bullet(text)
    if not item:
        # (fixes74) a bullet alone on its line ("•" / "Oven work"): kept as a lone marker,
        # which makes the next line an item (_lone_markers), as a lone "-" does
        return [(no, text.strip(), False)] if text.strip() in _MARKERS else []
    if item[:1] == "(" and item[-1:] == ")" and ": " in item and _WHOLE_ASIDE.fullmatch(item):
        # (carry38) a line wholly in brackets of labelled figures ("(Commis Cook: QAR 2,100 -
        # 2,700 monthly. Pastry Chef de Partie: from QAR 5,700.)"): its content
        item = item[1:-1].strip()
    dashed = _DASH_GLUED_LABEL.match(item) if not bullet and ":-" in item[:44] else None
    if dashed is not None and vocab.headings.classify(normalise_heading(dashed.group(1))):
        # "We require:- Care records (Cygnus)": a known heading glued to its first dash item
        # (scraped without the line break), its items the list that heading opens
        return [(no, f"{dashed.group(1)}:", False),
                *_split_line(no, f"- {item[dashed.end():]}", vocab)]
    if not bullet and item[-3:-1] in _SITE_ENDS and (
            source := _SOURCE_TAIL.search(item)) is not None and len(
            item[:source.start()].split()) <= _SOURCED_WORDS and vocab.headings.classify(
            item[:source.start()]) == "salary":
        # (rules47a) a job site's statistics heading naming its role in quotes and itself
        # after a dash ('STATISTICS OF THE SALARIES "Animator" — ZaplataMore.bg'): the
        # heading, the site's name no fact
        return [(no, f"{item[:source.start()].rstrip()}:", False)]
    if not bullet and item[-2:] == ":-" and len(item) <= 44 and vocab.headings.classify(
            normalise_heading(item[:-2])):
        # (rules47a) "Salary & Benefits:-" alone on its line (a walk-in notice's heading, its
        # colon-dash the items' lead): the heading, as "Salary & Benefits:"
        return [(no, f"{item[:-2]}:", False)]
    stop = _STOP_GLUED_FIELD.search(item) if not bullet and ".S" in item else None
    if stop is not None and vocab.headings.classify(stop.group(1)) in _LISTED_KINDS:
        # (rules55b) a skills field glued after the stop of the field before it, as an app's
        # expanded panel runs them on ("… driving licence and own car.Skills: A, B, C."):
        # each field a row of its own
        return [*_split_line(no, item[:stop.start() + 1], vocab),
                (no, item[stop.start() + 1:], False)]
    spoken = _SPEAKER_LEAD.match(item) if not bullet and ".: " in item[:30] else None
    if spoken is not None:
        said = item[spoken.end():]
        field = said.split(":", 1)[0] if ": " in said[:40] else ""
        if field and vocab.headings.classify(normalise_heading(field)) is not None:
            # "Jonas E.: Competencies: A, B. Route in: … Route on: A > B.": a comment's
            # message of labelled fields, one sentence a row (the speaker is chrome)
            return [(no, sentence, False) for sentence in _SENTENCE_GAP.split(said) if sentence]
    if item[:1] in "SP" and "(" in item and _FORM_SECTION.match(item):
        # "SECTION 3 – COMPETENCY EVALUATION  (1 Needs improvement · 2 Developing · …)": the
        # form's rating legend is chrome, no list; the section's name heads what follows
        item = _SCALE_LEGEND.sub("", item)
    if not bullet and item[:1] in "BGSP" and (code := _ROW_SCALE_CODE.match(item)):
        item = item[code.end():]  # "Band 8a  Services Lead: £…": the title's row
    if not bullet and no > _HEAD_STRIP and item[-1:].isdigit() and _PAGE_FOOTER.search(item):
        return []  # (carry42) a printed document's footer strip ending in its page ("X NHS
        # Trust · Appendix B · page 2"): chrome, no item of the list above it
    if not bullet and _NOTICE_PHOTO.match(item):
        return []  # "Photo of flyer on the board at Hill Feed Store (posted to …) · 3
        # comments": where a printed notice was seen or shared, no workplace of the role
    if ("·" in item or "|" in item or "•" in item) and _FOOTER.search(item):
        fielded = _FIELD_BEFORE_FOOTER.match(item) if ":" in item[:40] else None
        if fielded is not None:  # (rules37b) "Sector: Higher education   © X 2026 · …"
            return [(no, fielded.group(1), False), (no, item[fielded.end():], False)]
        return [(no, item, False)]  # a site's footer strip: one line, read in _rows
    if not bullet and ":" in item[:40] and ("Posted" in item or "Share" in item) and (
            posted := _FIELD_BEFORE_POST_STRIP.match(item)) is not None:
        # (rules41a) "Industry: Religious organizations   Posted on X · 2 days ago · Share
        # Facebook": the field, then a job board's strip (no names) after a wide gap
        return [(no, posted.group(1), False), (no, "Related pages", False)]
    if not bullet and _call_strip(item):
        # "Apply now on JobsHub   |   Open days in March": a strip of calls to action ends
        # the section above it (its cells are no names)
        return [(no, "Related pages", False)]
    if not bullet and ("·" in item or "|" in item) and _LINKS_LABEL.search(item):
        # "💬 3 comments   Related: Role charter: QA Lead · Release train FAQ": a page's
        # strip of links to other pages (after its counters) ends the section, no items
        return [(no, "Related pages", False)]
    numbered = _NUMBERED_CAPS_LABEL.match(item) if not bullet and item[:1].isdigit() else None
    if numbered:
        # "6. ENVIRONMENT: unheated bay, noise …": a report's numbered section, its label in
        # capitals and its text after the colon (the text belongs to the label's section)
        return [(no, numbered.group(1), False), *_split_line(no, item[numbered.end():], vocab)]
    clause = _run_in_clause(item, vocab) if not bullet else None
    if clause:
        # (rules35c) "3.2 Qualifications. A; B; C": a report's numbered clause, its run-in
        # title a known heading and its text that heading's content
        rest = item[clause.end():]
        pieces = [piece.strip(" .") for piece in rest.split("; ")]
        if len(pieces) >= _CLAUSE_ITEMS and all(pieces):  # "A; B; C.": a list, an item a piece
            return [(no, clause.group(1), False), *[(no, piece, True) for piece in pieces]]
        return [(no, clause.group(1), False), *_split_line(no, rest, vocab)]
    fielded = _FIRM_FIELD_STRIP.match(item) if not bullet and " · " in item else None
    if fielded is not None and vocab.headings.classify(
            normalise_heading(fielded["label"])) == Kind.EMPLOYERS.value:
        # (rules49b) a posting editor's "Company   Sorensen Appliance Service LLC  ·
        # Industry: Home services  ·  Company size: 11–50": the firm's field, then the
        # labelled fields after it, each a row of its own
        return [(no, f"{fielded['label']}: {fielded['value']}", False),
                *(row for cell in fielded["rest"].split(" · ") if cell.strip()
                  for row in _split_line(no, cell.strip(), vocab))]
    gapped = _CAPS_GAP.match(item) if not bullet else None
    if gapped:
        # "SECTORS WE CREW FOR  Dry bulk · Tankers", "HOW TO APPLY  Upload your CV …": a
        # label in capitals, a wide gap and its own text, read as a heading and its content
        # (the text belongs to the label's section, not to the section above it; a label of
        # no known kind, "OUR PRINCIPALS  A | B", still ends that section)
        return [(no, gapped.group(1), False), *_split_line(no, item[gapped.end():], vocab)]
    flattened = _glued_bullet_list(item, vocab) if not bullet and "•" in item else None
    if flattened is not None:  # "What the role needs• A• B": its heading, then its items
        return [(no, flattened[0], False), *((no, cell, True) for cell in flattened[1:])]
    if not bullet and " | " in item and " · " in item and item.count("|") >= _STRIP_BARS and (
            dot_strip(item)):
        # (rules49b) "Similar live postings nearby:  X · Bedford · $19–$22/hr  |  Y · Halifax ·
        # $17/hr": a strip of postings, its cells parted by bars; one row, read cell by cell
        return [(no, item, False)]
    inline = (len(_INLINE_BULLET.findall(item)) if "•" in item or "·" in item or "▪" in item
              else 0)
    if not inline and not bullet and ": " in item[:24] and (
            industry := _posting_sector_cell(item, vocab)) is not None:
        return [(no, industry, False)]  # (fixes90) "Activity: Tourism and hospitality"
    if inline >= 2 and not bullet and ": " in item and (
            fields := _sector_fields(item, vocab)) is not None:
        # (fixes89) "Job family: A · Business area: General Insurance · Grade C2": a strip of
        # fields whose sectors field is one cell; that field is read on a row of its own
        # after the others (its value a sector, the other cells no items of its section)
        others, sectors = fields
        return [*_split_line(no, others, vocab), *((no, cell, False) for cell in sectors)]
    label, rest = split_label(item) if inline else (None, item)
    if inline and label is None and (longer := split_label(
            item, max_words=_LONG_LABEL_WORDS))[0] is not None and vocab.headings.classify(
            longer[0]) == Kind.EMPLOYERS.value:
        # (rules38b) "Other employers where we have carved linen or laundry jobs: A · B · C":
        # a longer label that names the employers its dotted list gives
        label, rest = longer
    if label and rest and not bullet and vocab.headings.classify(label) is None and (
            _LIST_NAMED.search(label)):
        # (rules34a2) "Industry tags in this section: A · B": a facet's dotted list is this
        # line's list of sectors only; as a heading it would run on into the footer below
        return [(no, item, False)]
    # "Patient care • Radiation safety • Image processing": a list printed on one line; two
    # items need a label that names a section ("Soft Skills: Empathy • Patience").
    if inline >= 2 or (inline == 1 and label and rest and (
            vocab.headings.classify(label) is not None or KSB_LABEL.fullmatch(f"{label}:"))):
        faceted = _facet_line(label, rest) if label and rest and "(" in rest else None
        if faceted is not None:  # "Sector: Rail (12) · Highways (7)   Region: all"
            return [(no, faceted, False)]
        head = [(no, f"{label}:", False)] if label and rest else []
        glued = vocab.headings.split_glued(item) if (
            not head and not bullet and (_GLUE.search(first := item.split("·", 1)[0])
                                         or _CAPS_GLUE.search(first))) else None
        if glued and glued[2]:  # "Key skillsSPECT imaging · …": the heading glued to its list
            head, item = [(no, glued[0], False)], glued[2]
            rest = item
        items = [i.strip() for i in _INLINE_BULLET.split(rest if head else item)]
        # A heading of the other column glued to an item ends it; the last one opens the
        # section the next line continues ("… • Keep records TYPICAL EMPLOYERS").
        across = _CAPS_TAIL.search(items[-1])
        last = [(no, across.group().strip(), False)] if across and vocab.headings.classify(
            normalise_heading(across.group().strip())) is not None else []
        # ("People coaching +12% · Zendesk": a pay site's premium after a skill, no part of it)
        items = _joined_bounds([_PREMIUM.sub("", _CAPS_TAIL.sub("", i)).strip() for i in items])
        return [*head, *((no, i, True) for i in items if i), *last]
    caps = _CAPS_LEAD.match(item) if not bullet else None
    gap = caps.group(1).find("  ") if caps else -1
    if caps and gap > 0 and vocab.headings.classify(normalise_heading(
            caps.group(1)[:gap])) is not None:
        # "TOP EMPLOYERS  FBI Laboratory  |  Helix Forensics": a label in capitals and its
        # value after a wide gap, read in that order (the value's acronym no part of it)
        return [(no, caps.group(1)[:gap], False), (no, item[gap:].strip(), False)]
    fielded = _CAPS_THEN_FIELD.match(item) if not bullet and "   " in item else None
    if fielded and vocab.headings.classify(normalise_heading(fielded.group(1))) is not None:
        # "SKILLS YOU BUILD HERE (CI Shop)      Shop job: Shop Worker": a form's section
        # heading with its aside, and a field printed at the right; the field is read first
        # (it belongs to the form, not to the section the heading opens)
        return [(no, item[fielded.start(3):].strip(), False),
                (no, fielded.group(1), False)]
    if caps and vocab.headings.classify(normalise_heading(caps.group(1))) is not None:
        # "TYPICAL EMPLOYERS Large dairy farms such as …": a two-column page read across;
        # the text after the heading ends the section before it, and a fragment of a
        # sentence cut by the column ("cooperatives, or you may …") is not read
        rest = item[caps.end():]
        return [*([(no, rest, False)] if rest[:1].isupper() else []),
                (no, caps.group(1), False)]
    if not bullet and "? " in item and (asked := _answered_question(item, vocab)) is not None:
        return [(no, asked[0], False), (no, asked[1], False)]
    run_in = _RUN_IN_NAMES.search(item) if not bullet and ": " in item else None
    if run_in is not None and _known_heading(run_in.group(1), vocab) in (
            Kind.SECTORS, Kind.EMPLOYERS):
        # "… recruiting this year include A and B. Sectors: dairy units, feed mills.": a
        # run-in label after the paragraph's last sentence opens its own list
        return [(no, item[:run_in.start()].strip(), False),
                (no, item[run_in.start():].strip(), False)]
    sector = _RUN_IN_SECTORS.search(item) if not bullet and ": " in item else None
    if sector is not None and (_known_heading(sector.group(1), vocab) is Kind.SECTORS or (
            _run_in_activity(sector.group(1), sector.group(2)))):
        # (rules45a) "… holding. Industry: Light industry, garment production. 260 employees.":
        # the labelled sentence is its own list, the prose before and after it apart
        rest = item[sector.end():].strip()
        field = item[sector.start():sector.end()].strip()
        if _known_heading(sector.group(1), vocab) is not Kind.SECTORS:
            # (rules51a) "Activity: Production of wine.": relabelled by the sectors heading
            heading = word_lists("posting_sectors").get("heading", ("industry",))[0]
            field = f"{heading[:1].upper()}{heading[1:]}: {sector.group(2).strip()}"
        return [(no, item[:sector.start()].strip(), False),
                (no, field, False),
                *([(no, rest, False)] if rest else [])]
    # (rules49a: the first such label of moves, after another run-in label's sentence: "…
    # Progression: A → B. Sideways moves we have seen: C and D.")
    moved = next((found for found in _RUN_IN_MOVES.finditer(item) if classify_heading(
        found.group(1), vocab.headings) in (Kind.MOVES_IN, Kind.LATERAL)), None) if (
        not bullet and ": " in item) else None
    if moved is not None:
        # (rules33c) "… hire licensed auctioneers. Common backgrounds: Ringmen, Livestock
        # Order Buyers …": a run-in label of moves after a sentence opens its own list
        return [(no, item[:moved.start()].strip(), False),
                (no, item[moved.start():].strip(), False)]
    sites = _RUN_IN_EMPLOYERS.search(item) if run_in is None and not bullet and (
        "ther " in item and ": " in item) else None  # (a cheap literal first: "Other …")
    if sites is not None and classify_heading(sites.group(1), vocab.headings) is Kind.EMPLOYERS:
        # (rules37b) "… Kitchen Porter. Other hotels in our group: The Bay Hotel, Penrose
        # Lodge.": a longer run-in label of employers, its names capitalised
        return [(no, item[:sites.start()].strip(), False),
                (no, item[sites.start():].strip(), False)]
    parts: list[tuple[int, str, bool]] = []
    if not bullet and "?" in item and (question := _GLUED_QUESTION.match(item)) is not None:
        # (fixes73) "What is the trade test?The Trade Test is run by …": a question heading
        # glued to its answer, as if on a line of its own
        return [(no, question.group(1), False), *_split_line(no, item[question.end():], vocab)]
    if bullet or not (_GLUE.search(item) or (item[:2].isupper() and _CAPS_GLUE.search(item))):
        # no heading can be glued without a case change ((fixes79) a capitals heading's
        # change is inside the item's first word: "SKILLS REQUIREDPhysical fitness, …")
        return [(no, item, bullet)]
    glued = vocab.headings.split_glued(item)
    if glued and glued[2] and not bullet and glued[1] in _LISTED_KINDS and (
            glued[0].endswith(")")) and item[len(glued[0]):len(glued[0]) + 1].isupper():
        # (rules54b) a form's skills field with its note glued to its value ("Skills required
        # (from the job advert)Econometrics, Stata"): one labelled line, opening no section
        # for the lines below it
        return [*parts, (no, f"{glued[0]}: {glued[2]}", False)]
    if glued and glued[2] and not bullet and not _menu_brand(item, glued[0]):
        parts.append((no, glued[0], False))
        # (rules44b) "We require- apprenticed …": the heading's dash marks its first item
        bullet = item[len(glued[0]):len(glued[0]) + 2] == "- "
        item = panel_value(glued[2])  # "Growth OpportunitiesFair 📈 (A, B)🟩": A and B
    tail = vocab.headings.split_glued_end(item)
    if tail and not bullet and tail[0]:
        return [*parts, (no, tail[0], False), (no, tail[1], False)]
    return [*parts, (no, item, bullet)]
_MARKERS = frozenset("-–•*·▪✗✘✓✔")
_LISTED_KINDS = frozenset({"skills", "soft_skills", "tools"})
# (rules55b) A skills label glued after a full stop ("… own car.Skills: A, B"), its words one
# to three, the first a capital "S" ("Skills", "Skills required", "Software used").
_STOP_GLUED_FIELD = re.compile(r"(?<=[a-z)])\.(S[a-z]+(?: [a-z]+){0,2}):\s")
# (rules36a) A long run-in label for the other employers of the role ("Other places that
# employ local studies librarians around the region:"): "Other", then a hiring verb.
_OTHER_EMPLOYERS = re.compile(r"Other\s[^:]{0,100}?\b(?:employ|hir|recruit)[^:]{0,100}:\s+(?=\S)")
# What the listed bodies do after their names ("A, B and C all run records centres …").
_LISTED_DOING = re.compile(r"\s+(?:all|both|each|also)\s+[a-z]+\b.*$")
_NAME_START = re.compile(r"(?:the\s+)?[A-Z]")  # a listed body's name, its article first
_OTHER_LABEL_WORDS = 14  # words of such a label (a sentence's clause is longer)


def _other_employers(text: str) -> str | None:
    """The list after a run-in label naming the role's other employers, however long the
    label ("Other clubs currently hiring S&C coaches in our region: A, B"), without what
    the bodies are said to do after it; None for any other line.

    >>> _other_employers("Other firms hiring riggers in the north: Kell Cranes, Dunmore Lifting")
    'Kell Cranes, Dunmore Lifting'
    >>> _other_employers("Other employers of porters: A Trust, the B Homes and C Halls all run …")
    'A Trust, the B Homes, C Halls'
    >>> _other_employers("Other duties: filing, post") is None
    True
    >>> _other_employers("Other firms hiring in town: A Mills, B Works segment: plastics") is None
    True
    """
    label = _OTHER_EMPLOYERS.match(text)
    if label is None or len(text[:label.end()].split()) > _OTHER_LABEL_WORDS:
        return None
    value = _LISTED_DOING.sub("", text[label.end():]).strip().rstrip(".")
    if ": " in value:
        return None  # "… A, B segment: packaging": a wrapped line's next field, read as before
    head, comma, last = value.rpartition(", ")
    before, joined, after = last.partition(" and ")
    if comma and joined and _NAME_START.match(before) and _NAME_START.match(after):
        value = f"{head}, {before}, {after}"  # "…, the A Library and B Collections": two
    return value if _NAME_START.match(value) else None
# (rules36a) A bullet glued to the word before it ("needs• Reference interviewing"): a list
# flattened onto one line, its line breaks lost before each bullet.
_GLUED_BULLET = re.compile(r"(?<=[\w)])•\s")
_GLUED_BULLETS = 2


def _glued_bullet_list(item: str, vocab: Vocabulary) -> list[str] | None:
    """A known heading and the items of its list flattened onto one line, each bullet glued
    to the item before it ("What the role needs• Cataloguing• Public speaking" -> the
    heading, then each item), or None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _glued_bullet_list("Key skills• Rigging• Slinging loads", v)
    ['Key skills', 'Rigging', 'Slinging loads']
    >>> _glued_bullet_list("Our week• Monday• Tuesday", v) is None
    True
    """
    if len(_GLUED_BULLET.findall(item)) < _GLUED_BULLETS:
        return None
    head, *cells = (cell.strip() for cell in item.split("•"))
    if not head or classify_heading(normalise_heading(head), vocab.headings) is Kind.OTHER:
        return None
    return [head, *(cell for cell in cells if cell)]


_MENU_CELLS = 4  # cells parted by wide gaps that make a site's menu bar
_WIDE_GAP = re.compile(r"\s{3,}")


_MENU_GAP = re.compile(r"\s{2,}")  # (carry40) a menu's cells parted by two spaces
_MENU_CELL_WORDS = 3  # words of a menu's link at most ("Trade Test", "Get involved")


def _menu_brand(item: str, heading: str) -> bool:
    """Whether a one-word heading "glued" to the start of a menu bar is in fact the site's
    brand ("SkillsNation UK   Competitions   Get involved   Register"): no heading.  With
    narrower gaps of two spaces every link is short ("SkillsHub Blog  Home  Jobs  Contact").

    >>> _menu_brand("SkillsHub Blog  Home  Jobs  Trade Test  Contact", "Skills")
    True
    >>> _menu_brand("SkillsPython  and SQL are needed  in most posts  today", "Skills")
    False
    """
    if " " in heading.strip() or not item.startswith(heading):
        return False
    if len(_WIDE_GAP.split(item.strip())) >= _MENU_CELLS:
        return True
    cells = _MENU_GAP.split(item.strip())
    return len(cells) >= _MENU_CELLS and all(
        len(cell.split()) <= _MENU_CELL_WORDS for cell in cells[1:])


_BRAND_LINES = 3  # a site's menu bar is among a page's first lines


def _brand_menu(raw: list[tuple[int, str, bool]],
                vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """(carry40) Without a site's menu bar among the page's first rows whose brand begins
    with a heading's word glued to the next ("SkillsHub Blog  Home  Jobs  Contact"): read as
    a heading, it would open a section of that kind over the byline and the contents."""
    out = []
    for index, (no, text, bullet) in enumerate(raw):
        if index < _BRAND_LINES and not bullet and _GLUE.search(text) and (
                glued := vocab.headings.split_glued(text)) and _menu_brand(text, glued[0]):
            continue
        out.append((no, text, bullet))
    return out


def _lone_markers(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """A bullet marker alone on its line marks the next line as a bullet ("-" then "X: …");
    two markers in a row after a short item make that item the heading of what follows."""
    out: list[tuple[int, str, bool]] = []
    pending = False
    for no, text, bullet in raw:
        if text in _MARKERS:
            if pending and out and out[-1][2] and len(out[-1][1].split()) <= _SHORT_WORDS:
                # "-" / "Knowledge Areas" / "-" / "-" / "Geography": an empty item after a
                # short one, which heads the nested list below it (a flattened page's heading)
                out[-1] = (out[-1][0], out[-1][1], False)
            pending = True
            continue
        out.append((no, text, bullet or pending))
        pending = False
    return out
# (rules32b) A black circle opening a line: a section mark on a translated page ("● Salary"
# over its text), a list's bullet on a converted leaflet or brochure when two or more such
# lines stand together ("● Hydraulics" / "● Fault-finding").
_CIRCLE = re.compile(r"●\s+(?=\S)")


def _circle_runs(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Lines opening with "● " two or more in a row as bullets, the circle dropped; a lone
    "● X" is left to be read as a section mark."""
    marked = [not bullet and _CIRCLE.match(text) is not None for _, text, bullet in raw]
    if sum(marked) < 2:
        return raw
    return [(no, text[_CIRCLE.match(text).end():], True)  # type: ignore[union-attr]
            if marked[index] and ((index and marked[index - 1])
                                  or (index + 1 < len(raw) and marked[index + 1]))
            else (no, text, bullet) for index, (no, text, bullet) in enumerate(raw)]


_DASH_SPLIT = re.compile(r"\s+[–—]\s+")
_STRIP_KINDS = frozenset({Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS})


def _dash_strips(raw: list[tuple[int, str, bool]],
                 vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """A strip of short names set apart by dashes right under a skills heading or a lead-in
    ending in ":" ("Facilitation – Coaching – Kanban") is a list, one item a name; a title
    with its site ("Welder – Career Guide – 2024") has no such line above it."""
    out: list[tuple[int, str, bool]] = []
    for no, text, bullet in raw:
        parts = _DASH_SPLIT.split(text) if not bullet and ("–" in text or "—" in text) else []
        lead = out[-1][1] if out else ""
        if (len(parts) >= _STRIP_ITEMS
                and all(1 <= len(part.split()) <= _STRIP_WORDS and not any(
                    c.isdigit() or c in ".:;!?$€£" for c in part) for part in parts)
                and (lead.endswith(":") or classify_heading(
                    normalise_heading(lead), vocab.headings) in _STRIP_KINDS)):
            out.extend((no, part.strip(), True) for part in parts)
            continue
        out.append((no, text, bullet))
    return out
_CHEVRON = re.compile(r">\s+(?=\w)")


def _chevron_lists(raw: list[tuple[int, str, bool]],
                   vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """Two or more lines opening with "> " right under a heading of names (skills, tools,
    sectors, employers) or a lead-in ending in ":" are that list's items, the marker
    dropped ("SKILLS WE LOOK FOR" / "> tube and fitting"); elsewhere "> " quotes a mail or
    steps along a path ("B.S. in …" / "> internship"), and stays."""
    out: list[tuple[int, str, bool]] = []
    listing = False  # (inside such a list: its next "> " line is an item too)
    for index, (no, text, bullet) in enumerate(raw):
        listing = not bullet and _CHEVRON.match(text) is not None and (listing or (
            index + 1 < len(raw) and _CHEVRON.match(raw[index + 1][1]) is not None
            and bool(out) and _lists_names(out[-1][1], vocab)))
        out.append((no, _CHEVRON.sub("", text, count=1), True) if listing
                   else (no, text, bullet))
    return out


def _lists_names(lead: str, vocab: Vocabulary) -> bool:
    """Whether a line heads a list of names: a lead-in ending in ":" or a heading of names."""
    return lead.endswith(":") or classify_heading(
        normalise_heading(lead), vocab.headings) in _NAME_LIST_KINDS


_STRIP_CELLS = re.compile(r"\s+[|·]\s+|\s{2,}")
_LINK_WORDS = 6  # (a link's words: a longer cell is a sentence)
_LINK_ARROWS = "→›»"
_ARROWED_CELLS = 3  # cells of a strip an arrow opens that make it a strip of links
_LINK_ASIDE = re.compile(r"^[→›»]\s*|\s*\([^()]{1,30}\)$")


def _call_strip(item: str) -> bool:
    """A line of two or more link cells, one of them a call to action ("Apply now on …",
    "Search jobs on …") or a link's arrow ("Current vacancies →", "Incentives ↗")."""
    if "  " not in item and " | " not in item and " · " not in item:
        return False
    # (a button's cell in brackets is its words: "[Apply now]  [Save job]"; a link's arrow
    # before it and its reference after it are no words of the link, "→ Search theatre
    # vacancies on NHS Jobs (ref 391-THR)", the arrow a link's mark)
    arrowed = item.lstrip()[:1] in _LINK_ARROWS
    cells = [_LINK_ASIDE.sub("", cell.strip("[]")).strip()
             for cell in _STRIP_CELLS.split(item.strip()) if cell]
    cells = [cell for cell in cells if cell]
    # (a menu's cells are all in Title Case, "Careers | Apply Now | Login": read as a menu)
    worded = any(len(words := cell.split()) > 1 and words[1][:1].islower() for cell in cells)
    short = all(len(cell.split()) <= _LINK_WORDS for cell in cells)
    if arrowed and short and len(cells) >= _ARROWED_CELLS:
        return True  # "→ Search vacancies | Book a visit | Staff benefits": links
    return len(cells) >= 2 and worded and short and any(  # (a strip: two short cells or more)
        cell.endswith(("→", "↗")) or _call_words().match(cell) for cell in cells)


@cache
def _call_words() -> re.Pattern[str]:
    """Calls to action that open a link cell (``listings.call_openers``)."""
    words = bundled_section("listings").get("call_openers") or ()
    return re.compile(rf"(?i:{'|'.join(map(re.escape, map(str, words))) or '(?!)'})\b")


_CAPTION = re.compile(r"[a-z][a-z' -]{2,40}")
# (real30) A card's pay caption in capitals ("$1,250" / "Average weekly salary"), its figure
# maybe a bullet of the card list: a pay word ends it after a word or more.
# (real40) the caption in Title Case too: "60,420" / "Average Yearly Salary"
_PAY_CAPTION = re.compile(r"[A-Z][a-z-]*(?: [A-Za-z][a-z-]*){0,3} "
                          r"(?:[Ss]alary|[Ww]ages?|[Ee]arnings|[Pp]ay)")


def _captions(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """A stat chip prints its value above a lowercase caption ("$63,400" / "median
    salary"), or above a pay caption in capitals ("• $1,250" / "Average weekly salary"): the
    two lines become one labelled line ("Median salary: $63,400")."""
    out: list[tuple[int, str, bool]] = []
    skip = False
    for index, (no, text, bullet) in enumerate(raw):
        if skip:
            skip = False
            continue
        following = raw[index + 1] if index + 1 < len(raw) else None
        if (following is not None and (text[:1].isdigit() or text[:1] in "$€£₹")
                and not following[2] and _FIGURE.fullmatch(text) and ((
                    not bullet and _CAPTION.fullmatch(following[1])
                    and len(following[1].split()) <= 4) or (
                    # ("Average Salary" / "$40k": a label above its own figure)
                    _PAY_CAPTION.fullmatch(following[1]) and not _FIGURE.fullmatch(
                        raw[index + 2][1] if index + 2 < len(raw) else "")))):
            caption = following[1]
            out.append((no, f"{caption[0].upper()}{caption[1:]}: {text}", False))
            skip = True
            continue
        out.append((no, text, bullet))
    return out


def _rung_block(text: str, raw: Sequence[tuple[int, str, bool]], index: int,
                vocab: Vocabulary) -> int | None:
    """The first year of a rung block's title line (-1 without a years line), else None:
    a role title followed by "5-8 years", or by a pay label ("BASE") and an amount."""
    if (index + 2 >= len(raw) or len(text) > 80 or ":" in text
            or step_number(text) is not None or not vocab.is_role_title(text)
            or _PAY_IN_TITLE.search(text)):
        # ("Level 2: X" rungs are read by their number; "Director of X Salary Distribution
        # in Lima" heads a survey's figures, no rung)
        return None
    following = raw[index + 1][1]
    start = years_start(following)
    if start is not None:
        return start
    label = following.replace(" ", "")
    if (following.isupper() and label.isalpha() and len(following.split()) <= 3
            and find_money(raw[index + 2][1]) is not None):
        return -1
    return None


_SECTION_MARK_WORDS = 8  # a marked heading is short
# A posting's field naming its employer on the label's own line ("Employer: Tolland
# Brickworks"); alone on a line the word heads no section (a contract's "1. Employer" clause
# gives the address below it).
# ((carry51) a labour condition application's "Legal business name: X INC")
_EMPLOYER_FIELD = re.compile(r"(?i:employer|employer name|company name|(?:legal )?business name|"
                             r"hiring organi[sz]ation|"
                             r"hiring employer|name of employer|employing organi[sz]ation)")


# A form's field printed as its label, a run of spaces and its value, on one line.
_SPACED = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [a-z]+){0,2})\s{3,}(?P<value>\S.*?)\s*$")
# Values that are a table's column heads, not a field's value ("Industry      Share").
_COLUMN_WORDS = frozenset({"share", "employees", "jobs", "workers", "count", "number", "percent",
                           "town", "location", "region", "city", "pay", "salary", "wage",
                           "rate", "median", "mean", "average", "total", "year", "change",
                           "growth", "openings", "vacancies", "rank", "%"})


def _workplace_fields(no: int, fields: list[str], vocab: Vocabulary) -> list[_Row]:
    """Rows of a form line's later "Label: value" fields that name an industry or an employer
    ("Company: A, LLC   Industry: Advertising services": the industry's field); the other
    fields ("Scale: 400 staff") give none."""
    rows: list[_Row] = []
    for field in fields:
        label, _, value = field.partition(":")
        kind = _known_heading(label.strip(), vocab)
        if kind in (Kind.SECTORS, Kind.EMPLOYERS) and value.strip():
            rows.append(_Row(no, panel_value(value.strip()), False, kind=kind, full=field))
    return rows


_STRIP_FIELDS = 3  # a header strip's fields at the least ("Ref: A   Funder: B   Org: C")


_CLASSIFIED_TITLE = re.compile(r"(?:NAICS|SIC|NACE|ANZSIC)\s+(?:Title|Industry|Description)\s*:")


# (rules54a) That code and title in a gap-parted cell of their own, no label's colon.
# ((rules55a) a numbered field's, its code and title parted by a dash: "22. NAICS  561730 -
# Landscaping Services   23. Insurance carrier …")
_CODED_INDUSTRY_CELL = re.compile(r"(?:^|\s{3})(?:\d{1,2}\.\s+)?NAICS\s+\d{2,6}\s+(?:[-–—]\s+)?"
                                  r"([A-Z][^\d:]{3,80}?)(?=\s{3}|\s*$)")


def _header_strip(no: int, text: str, rest: str, vocab: Vocabulary) -> list[_Row]:
    """The rows of a header strip of three or more "Label: value" fields parted by wide gaps
    whose later fields name an employer or an industry (a grant application's "Application
    reference: X   Funder: Y   Research organisation: Z"): the line as text, then those
    fields; [] for other lines (a first field naming them is read by its own label)."""
    fields = _FIELD_GAP.split(rest)
    if len(fields) < _STRIP_FIELDS and not (
            # (rules54a) a classification's code, then its title: "NAICS Code: 111421   NAICS
            # Title: Nursery and Tree Production" (the title field names the industry)
            len(fields) == _STRIP_FIELDS - 1 and _CLASSIFIED_TITLE.match(fields[1])):
        return []
    later = _workplace_fields(no, fields[1:], vocab)
    return [_Row(no, text, False, full=text), *later] if later else []


def _spaced_field(text: str, vocab: Vocabulary) -> tuple[Kind, str, str] | None:
    """``(kind, label, value)`` of a form's employer or industry field written with spaces
    ("Business name         Yoshida Works", "Industry      Restaurants"); None for other
    lines and for a table's header ("Industry      Share")."""
    match = _SPACED.match(text)
    if match is None or re.search(r"\s{3,}", match.group("value")):
        return None  # (more cells: a table's row)
    label, value = match.group("label"), match.group("value")
    if value.lower().split()[0] in _COLUMN_WORDS or value[:1].isdigit():
        return None
    if _EMPLOYER_FIELD.fullmatch(label):
        # (a name of one word is a column's head as often: "Employer     Town")
        return (Kind.EMPLOYERS, label, value) if " " in value else None
    if _known_heading(label, vocab) is Kind.SECTORS:
        return Kind.SECTORS, label, value
    return None


def card_lines(lines: Sequence[Line], vocab: Vocabulary) -> frozenset[int]:
    """The lines of a position card's "Label<spaces>Value" fields and their wrapped values
    (:func:`careergraph.guides.panels.spaced_panels`): rows of one card, never two columns."""
    if not any("   " in line.text for line in lines):
        return frozenset()
    cards, wrapped = spaced_panels(lines, lambda label: _card_kind(label, vocab), _card_field)
    return frozenset(cards) | frozenset(wrapped)


_SUBJECT_WORDS = 8  # "Subject : Part", a section's title, is short


def _same_subject(text: str, rows: Sequence[_Row]) -> bool:
    """``text`` is titled "Subject : Part" like the last section heading above it, on the same
    subject: a sibling section of a page that titles every section so.

    >>> above = [_Row(3, "Glazing : Skills", False, "Glazing : Skills", top=True)]
    >>> _same_subject("Glazing : Job Prospects", above), _same_subject("Pay : Low", above)
    (True, False)
    """
    subject, colon, part = text.partition(" : ")
    if not (colon and subject.strip() and part.strip()) or len(text.split()) > _SUBJECT_WORDS:
        return False
    last = next((row.heading for row in reversed(rows) if row.top and row.heading), "")
    return last.partition(" : ")[0].strip().lower() == subject.strip().lower()


def _card_field(label: str) -> bool:
    """``label`` is one only a position card prints ("Entry", "Succession": data
    ``card_fields``): what tells a card from a posting's or a company's fields."""
    lowered = label.lower()
    return any(lowered in labels for labels in word_lists("card_fields").values())


def _card_kind(label: str, vocab: Vocabulary) -> Kind | None:
    """What a position card's field label announces: a card's own move labels ("Entry",
    "Succession", data ``card_fields``) or any panel label ("Lateral", "Key skills")."""
    lowered = label.lower()
    for kind, labels in word_lists("card_fields").items():
        if lowered in labels:
            return Kind(kind)
    return _panel_kind(label, vocab)


def _record_kind(label: str, vocab: Vocabulary) -> Kind | None:
    """(rules44a) What an HR record's field label announces: the record's own labels
    ("Previous", "Next", "Languages"; its chrome fields "History", "SOC" as ``other``: data
    ``record_fields``) or any card or panel label."""
    lowered = label.lower()
    for kind, labels in word_lists("record_fields").items():
        if lowered in labels:
            return Kind(kind)
    return _card_kind(label, vocab)


# Sections whose items are names: a short heading over prices ends one.
_NAME_LIST_KINDS = frozenset({Kind.SECTORS, Kind.EMPLOYERS, Kind.SKILLS, Kind.SOFT_SKILLS,
                              Kind.TOOLS, Kind.ALIASES})


# (rules49b) A notes app's toggle: "▸ Her route" over "- …" items (a heading whose items
# are marked otherwise), two such toggles on the page at least.
_TOGGLE = re.compile(r"^[▸▶►•]\s+(?P<head>[^\s.!?:][^.!?:]{0,60}?)\s*$")
_TOGGLE_ITEM = re.compile(r"^\s*[-*]\s+\S")  # (a marker other than the toggle's)
_TOGGLES = 2


def _toggle_heads(lines: Sequence[Line], vocab: Vocabulary) -> Sequence[Line]:
    """``lines`` with a notes app's toggles ("▸ Software / skills she uses" right over "-
    Maxsurf, Rhino"; the reader has made the triangle a bullet) made plain headings, when
    two name a known kind of section at least (the others end the section above them);
    ``lines`` itself when fewer are found."""
    if not any(line.text[:1] in "▸▶►•" for line in lines):
        return lines
    heads = {at for at, line in enumerate(lines[:-1]) if _TOGGLE.match(line.text) and (
        _TOGGLE_ITEM.match(lines[at + 1].text))}
    known = [at for at in heads if vocab.headings.classify(normalise_heading(
        _TOGGLE.match(lines[at].text)["head"])) is not None]  # type: ignore[index]
    if len(known) < _TOGGLES:
        return lines
    return [Line(line.no, "## " + _TOGGLE.match(line.text)["head"]) if at in heads  # type: ignore[index]
            else line
            for at, line in enumerate(lines)]


def _dotted_wraps(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` with a list on one line that wraps after its separator ("A · B ·" /
    "C · D") joined with the line it runs on to; ``lines`` itself when none does."""
    if not any(line.text.rstrip().endswith(" ·") for line in lines):
        return lines
    out: list[Line] = []
    for line in lines:
        # (a line that goes on into a sentence, "Tree Officer.  Many entrants …", is left
        # to the readers of prose)
        if out and not line.blank and out[-1].text.rstrip().endswith(" ·") and (
                line.text[:1] not in " \t" or " · " in line.text) and ". " not in line.text:
            out[-1] = Line(out[-1].no, f"{out[-1].text.rstrip()} {line.text.strip()}")
            continue
        out.append(line)
    return out


# An event site's menu at the page's head ("Agenda  Speakers  Exhibitors  Tickets"): its
# "Sponsors" are the event's backers, not the employers an apprentice's record names.
_EVENT_MENU = re.compile(r"\bAgenda\s+Speakers\b|\bSpeakers\s+(?:Exhibitors|Tickets|Agenda)\b")
_EVENT_HEAD = 5  # lines of the page's head that hold its menu
_SPONSOR_LINE = re.compile(r"\s*(?:(?:our|event|conference)\s+)?sponsors?\s*:", re.IGNORECASE)


_SHORT_ITEM_WORDS = 5
_SHORT_RUN = 3


def _short_lines_below(raw: Sequence[tuple[int, str, bool]], index: int) -> bool:
    """(fixes79) Three lines or more right below ``index``, one after another, each a short
    capitalised phrase with no stop, colon or figure ("Physical fitness" / "Discipline" / …):
    a list printed one item a line without bullets."""
    if index + _SHORT_RUN >= len(raw):
        return False
    first = raw[index][0]
    # (speed23) each line's cheap tests first, one line after another: most runs fail on
    # their first line
    for step in range(1, _SHORT_RUN + 1):
        no, line, bullet = raw[index + step]
        if no != first + step or bullet or not line[:1].isupper() or line[-1:] in ".:;!?," or (
                len(line.split()) > _SHORT_ITEM_WORDS) or any(char.isdigit() for char in line):
            return False
    return True


def _rows(lines: Sequence[Line], vocab: Vocabulary,
          spoken: Mapping[int, str] | None = None, *, flat: bool = False) -> list[_Row]:
    """The rows of a page; ``spoken``: headings a transcript or a slide deck implies (a
    chapter, an interviewer's question, a slide's title), by line; ``flat``: a bullet never
    heads the bullets after it (a slide marks its second level)."""
    lines = _toggle_heads(_dotted_wraps(lines), vocab)
    marked, underlines = _markdown_headings(lines)
    # Rows of a glued label/value panel are read one by one, never as headings of sections.
    panels = glued_panels(lines, lambda label: _panel_kind(label, vocab))
    # A position card's "Label<spaces>Value" fields: each field one row, its wrapped value
    # joined (those lines read no further)
    cards, wrapped = spaced_panels(lines, lambda label: _card_kind(label, vocab), _card_field)
    field_kind = _card_kind
    if not cards:  # (rules44a) an HR system's record: "Label  Value", two spaces apart
        cards = record_fields(lines, lambda label: _record_kind(label, vocab))
        field_kind = _record_kind
    raw = [part for line in lines if not line.blank and line.no not in underlines
           and line.no not in wrapped
           for part in ([(line.no, line.text.strip(), False)] if line.no in panels
                        or line.no in cards else _split_line(line.no, line.text, vocab))]
    raw = _semicolon_runs(_brand_menu(raw, vocab))
    raw = _rated_rows(_scored_rows(_menus(_captions(_dash_strips(_chevron_lists(
        _contents_lists(_lone_markers(_circle_runs(raw))), vocab), vocab)), vocab)))
    blanks = {line.no for line in lines if "____" in line.text and _BLANK.search(line.text)}
    shapes = {line.no: shape for line in lines if (shape := _bullet_shape(line.text))}
    siblings = _flat_siblings(raw, shapes, vocab)
    described = _described_items(raw, shapes)  # (real47) "• Dye wigs" / its definition
    listed = contents_sections([(line.no, line.text) for line in lines if not line.blank])
    numbering = document_numbering([(line.no, line.text) for line in lines if not line.blank])
    if numbering.items:  # "2.3 Laying block to line", "4 Paving ..... 35": list items
        # (but a clause's run-in heading, "3.2 Qualifications. A; B; C", heads its list)
        clauses = {line.no for line in lines if _run_in_clause(line.text, vocab)}
        raw = [(no, numbering.items[no], True) if no in numbering.items and no not in clauses
               else (no, text, bullet) for no, text, bullet in raw]
    texts = {line.no: line.text for line in lines if not line.blank}
    # (the menu may be cut into lines of its own: "… Agenda" / "Speakers › …")
    sponsored = {line.no for line in lines if _SPONSOR_LINE.match(line.text)} if (
        _EVENT_MENU.search(" ".join(line.text for line in lines[:_EVENT_HEAD]))) else set()
    rows: list[_Row] = []
    for index, (no, text, bullet) in enumerate(raw):
        if no in sponsored:
            continue  # an event page's "Sponsors: A · B": the event's backers, no employers
        if spoken and spoken.get(no) == text:  # a chapter, a question, a slide's title
            kind = classify_heading(text, vocab.headings)
            rows.append(_Row(no, text, False, text, kind=kind, top=True))
            continue
        term = spoken.get(no) if spoken else None
        card = _CARD_CELLS.match(text) if term else None
        if term and card is not None and card.group("term") == term:
            # "Career ladder | A → B → C": a card's term in its table's first cell heads the
            # definition in the second (or after a tab: "Career ladder<TAB>A → B → C")
            rows.append(_Row(no, term, False, term, kind=classify_heading(
                term, vocab.headings), top=True))
            rows.append(_Row(no, card.group("definition"), False))
            continue
        if no in listed.contents:
            continue  # a table of contents: chrome
        if no in numbering.items and bullet:  # "2.3 Laying block to line (stack bond)"
            rows.append(_Row(no, text, True, standard=True))
            continue
        if no in listed.headings or no in numbering.sections:
            # "6. Progression", as the contents list names it; "4 EQUIPMENT", a document's
            # numbered section: each opens its section, however plain its words
            heading = normalise_heading(text)
            rows.append(_Row(no, text, False, heading, kind=classify_heading(
                heading, vocab.headings), top=True))
            continue
        following = raw[index + 1] if index + 1 < len(raw) else None
        if following is not None and _ASIDE_LINE.fullmatch(following[1]) and index + 2 < len(raw):
            following = raw[index + 2]  # "Key Skills" / "(on the job)" / bullets: past the aside
        if not text:
            continue
        survey = _survey_heading(text) if not bullet and text[:1] in _SURVEY_OPENERS else None
        if survey is not None:  # "Q7. Did you get the training?   Partly": a form's question
            heading = normalise_heading(survey[0])
            kind = classify_heading(heading, vocab.headings)
            # (only a question asking for skills names a list: "Would you recommend us as an
            # employer?" and "Your new employer (optional)" are the leaver's, not the role's)
            rows.append(_Row(no, survey[0], False, heading, kind=kind if (
                kind in _SKILL_KINDS) else Kind.OTHER, top=True))
            if survey[1]:
                rows.append(_Row(no, survey[1], False))
            continue
        if (index and not bullet and _FLAIR.fullmatch(text)
                and _POST_BYLINE.fullmatch(raw[index - 1][1])):
            continue  # a post's flair under its byline ("Posted by u/… · 2 days ago")
        panel = _PANEL_TITLE.fullmatch(text) if not bullet and text[:1] == "[" else None
        if panel is not None and (kind := classify_heading(
                panel["title"], vocab.headings)) is not Kind.OTHER:
            # (rules35d) "[ Pay record ] (private — visible to you only)": a web app's panel
            # title in brackets, its note after it, heads the panel's lines
            rows.append(_Row(no, text, False, panel["title"], kind=kind, top=True))
            continue
        boxed = _box_items(text) if not bullet and (
            "[" in text or "☐" in text or "☑" in text) else None
        if boxed:  # "[x] Welding (MIG)   [ ] Forklift": a form's check-box grid, a box an item
            if not _BOX.match(text):  # "NEXT STEPS  [ ] CV  [ ] ID": the heading, then its boxes
                heading = normalise_heading(boxed[0])
                rows.append(_Row(no, boxed[0], False, heading, kind=classify_heading(
                    heading, vocab.headings), top=True))
                boxed = boxed[1:]
            rows.extend(_Row(no, item, True) for item in boxed)
            continue
        ticked = _CHECKLIST_MARK.match(text) if not bullet and text[:1] in "tTnNuUcC" else None
        if ticked is not None:  # "ticked: C++", a checklist's item as a screen reader says it
            rows.append(_Row(no, text[ticked.end():], True))
            continue
        quoted = _QUOTED_PANEL.match(text) if not bullet and '"' in text[:24] else None
        if quoted is not None:
            # 'Square 6, "Who's hiring?": indie studios, …': a graphic's panel told in its
            # text version, the quoted words its heading, the rest its text
            heading = normalise_heading(quoted.group("heading"))
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            rest = text[quoted.end():].strip()
            if rest:  # (its text read as a label's: "The path": A > B > C)
                rows.append(_Row(no, panel_value(rest), False, kind=None if (
                    kind is Kind.OTHER) else kind, full=f"{heading}: {rest}"))
            continue
        if no in cards:
            card_label, value = cards[no]
            # (a field no rule knows, "Reports to", ends the field before it: no fact)
            kind = field_kind(card_label, vocab) or Kind.OTHER
            # ("Data Quality Analyst · Information Officer": a card's list parted by dots)
            if "(" in value:  # (rules44a) "Drives Results (Level 2 - Proficient)": no item
                value = without_ratings(value)
            rows.append(_Row(no, panel_value(_CARD_DOTS.sub("; ", value)), False, kind=kind,
                             full=text, label=card_label))
            continue
        if no in panels:
            panel_label, value = panels[no]
            # A row whose label no rule knows is kept as OTHER: reported, not guessed.
            kind = _panel_kind(panel_label, vocab) or Kind.OTHER
            rows.append(_Row(no, panel_value(value), False, kind=kind, full=text,
                             label=panel_label))
            continue
        field = _spaced_field(text, vocab) if not bullet and "   " in text else None
        if field is not None:  # "Business name      Yoshida Works": a form's field and value
            rows.append(_Row(no, field[2], False, kind=field[0], full=text, label=field[1]))
            continue
        if not bullet and ("·" in text or "|" in text or "•" in text or "©" in text) and (
                _FOOTER.search(text)):
            # "Terms of use · Privacy · © TradesON 2026": the site's footer ends any section
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        piped_row = " | " in text and not bullet and not _pipes_of_later_field(
            text, vocab) and not _foreign_label(text, vocab)
        if piped_row and (piped := _piped_field(text, vocab) or _piped_label(text, vocab)):
            text = piped  # "Industry: Retail | Wholesale": read as the field's comma list
            piped_row = False
        if piped_row:
            cells = _piped_items(text, rows[-1] if rows else None, raw[index - 1][1] if index
                                 else "", following[1] if following else "") or (
                _labelled_pipes(text, raw[index - 1][1] if index else "", rows))
            # (a lone line of names under a skills heading: "A | B | C", one item a cell)
            rows.extend(_Row(no, cell, True) for cell in cells)
            if not cells:
                rows.append(_Row(no, text, False))  # a table row (or its header): no heading
            continue
        if not bullet and text.count(" / ") >= _SLASHED_PARTS - 1 and (
                cells := _slashed_items(text, rows[-1] if rows else None, vocab)):
            rows.extend(_Row(no, cell, True) for cell in cells)  # "A / B / C" under skills
            continue
        if not bullet and ", " in text and (cells := _labelled_commas(text, rows, vocab)):
            rows.extend(_Row(no, cell, True) for cell in cells)  # "Has: A, B and C"
            continue
        if not bullet and _CONTENTS_ENTRY.search(text):
            # "Who is hiring ........ 6": a contents entry names a section further on; it
            # opens none here (and ends any before it)
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        if not bullet and no in blanks:
            # "2. Who employs Rosie now? ______": a worksheet's prompt, the blank its answer;
            # no heading of what follows
            rows.append(_Row(no, text, False))
            continue
        tabbed = _tab_panel(text, vocab) if "\t" in text and not bullet else None
        if tabbed is not None:  # "Fields of employment <tab> Restaurants, hotels": a panel row
            rows.append(_Row(no, panel_value(tabbed[1]), False, kind=tabbed[0], full=text,
                             label=text.split("\t", 1)[0].strip()))
            continue
        dashed = dash_label(text) if not bullet and ("—" in text or "–" in text) else None
        dash_kind = _known_heading(dashed[0], vocab) if dashed else None
        if dashed and dash_kind in _PANEL_KINDS and dashed[0].isupper() and (
                dashed[1][:1].islower()):
            # "SKILLS — matched to job postings": a heading in capitals and its note (the
            # section's items follow on their own lines)
            rows.append(_Row(no, dashed[0], False, normalise_heading(dashed[0]), kind=dash_kind,
                             top=True))
            continue
        if dashed and dash_kind in _PANEL_KINDS:
            # "Industry — Construction, Utilities": a panel row with a dash.
            rows.append(_Row(no, panel_value(dashed[1]), False, kind=dash_kind, full=text,
                             label=dashed[0]))
            continue
        titled = _titles_row(text, vocab) if (not bullet and "," in text and "itle" in text[:40]
                                              ) else None
        if titled is not None:  # "Alternate Title(s) Art Conservators, Paper Conservators"
            rows.append(_Row(no, titled[1], False, kind=Kind.ALIASES, full=text,
                             label=titled[0]))
            continue
        known = (_known_heading(text, vocab) or (" / " in text and _bilingual_heading(
            text, vocab)) or None) if not bullet else None
        if known is not None:
            rows.append(_Row(no, text, False, normalise_heading(text), kind=known, top=True))
            continue
        if not bullet and _same_subject(text, rows):
            # "Textile Design : Job Prospects" after "Textile Design : Personal Attributes":
            # the page's next section, however plain its words (unknown: reported unused)
            heading = normalise_heading(text)
            rows.append(_Row(no, text, False, heading, kind=classify_heading(
                heading, vocab.headings), top=True))
            continue
        if not bullet and index and heads_prices(text, raw[index - 1][0] < no - 1, texts.get(
                no + 1)) and next((row.kind for row in reversed(rows) if row.top),
                                  None) in _NAME_LIST_KINDS:
            # "Industries" … / blank / "Plans" / "Lite · €130 / month": a new section of prices
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        timed = _DIARY_ENTRY.match(text) if not bullet else None
        if timed is not None and 0 < len(text[timed.end():].split()) <= _DIARY_WORDS:
            # "6:45am – Setting up", "7:00 AMAvalanche control": a diary's entry, a stretch of
            # the working day (its lines say what the job does)
            rows.append(_Row(no, text, False, text, kind=Kind.RESPONSIBILITIES, top=True))
            continue
        rung = _rung_block(text, raw, index, vocab) if not bullet else None
        if rung is not None:
            rows.append(_Row(no, text, False, text, rung=rung))
            continue
        toggled = _toggle_heading(text) if text[:1] in "+▸►▶" and not bullet else None
        emoji = _emoji_heading(text, following) if not bullet and not text.isascii() else toggled
        if emoji is not None:
            # "💷 UK money talk", "🔑 5 skills that got me hired": a post's section heading
            kind = classify_heading(normalise_heading(emoji), vocab.headings)
            # (an accordion's every toggle opens a section: "+ What support is there?" ends
            # the moves above it)
            known_kind = kind is not Kind.OTHER or toggled is not None or (
                _open_kind(rows) in _NAME_LISTS)  # ("🚀 Careers in this path" ends the sectors)
            rows.append(_Row(no, text, False, emoji, kind=kind if known_kind else None,
                             top=known_kind))
            continue
        called = _emoji_label(text, _KNOWN_EMOJI_LABEL) if not bullet and not (
            text.isascii()) else None
        if called is not None and not ((_open_kind(rows) in _NAME_LISTS and len(
                called[0].split()) <= _EMOJI_LABEL_WORDS) or _known_heading(
                    called[0], vocab) is not None):
            called = None  # ("🔧 what I use every day: A, B": a known label, in any section)
        if called is not None:
            # "👉 Drop-in: Trades night, Dec. 9": a callout under its own label, which ends the
            # section above (an event's names are no employers of a "Who hires?" list)
            kind = classify_heading(normalise_heading(called[0]), vocab.headings)
            rows.append(_Row(no, called[0], False, called[0], kind=kind, top=True))
            rows.append(_Row(no, called[1], False))
            continue
        form = _FORM_SECTION.fullmatch(_FORM_NOTE.sub("", text)) if not bullet and text[
            :1] in "SP" else (
            _SECTION_MARK.fullmatch(text) if not bullet and text[:1] in "■□◆◇●▼▽★☆【" and len(
                text.split()) <= _SECTION_MARK_WORDS else None)
        if form is not None:  # "Section 1 of 4 – About you", "■ Salary": a section, by its name
            heading = normalise_heading(form.group(1))
            rows.append(_Row(no, text, False, heading, kind=classify_heading(
                heading, vocab.headings), top=True))
            continue
        if not bullet and "___" in text and _FORM_FIELD.match(text):
            continue  # "Manager: ________  Date: ___/___": a form's blank field, no fact
        if not bullet and text[:1] == "[" and _EDITOR_NOTE.match(text):
            continue  # "[Suggestion - A. Reviewer: add "Lead X"? Not approved yet.]": a shared
            # document's comment or suggestion, no part of the text
        if not bullet and (_RELATED_STRIP.match(text) or _FAQ_HEADING.match(text)) and (
                classify_heading(text, vocab.headings) is Kind.OTHER):
            # "Related calculators:", "Other tools:": a site's strip of links ends the section
            rows.append(_Row(no, text, False, text.split(":")[0], kind=Kind.OTHER, top=True))
            continue
        if (not bullet and following is not None and not following[2]
                and len(text.split()) <= _HEADING_WORDS and text[:1].isupper()
                and not text.isupper()  # (a heading in capitals is read below, as before)
                and text[-1:] not in ".!?:;" and len(following[1].split()) >= _PARAGRAPH_WORDS
                and any(pattern.search(text) for _, pattern in vocab.headings.questions)):
            # "The money, since everyone asks" above a paragraph (after a one-a-line list): a
            # heading by the shape the vocabulary's question patterns name
            heading = normalise_heading(text)
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            continue
        caps = not bullet and (_caps_heading(text) or _noted_caps_heading(text, vocab))
        # ("Essential knowledgeDemand Forecasting…": the glued label's items head nothing)
        items_of_label = _glued_items(no, rows)
        if not items_of_label and (caps or (not bullet and not _plain_heading(text) and (
                # (a bracketed note after the words counts none: "Pay by stage (basic
                # salary, nodal points)")
                (len(noted := _noted(text).split()) <= 6
                 and ":" not in text.rstrip(":")
                 and (text.split()[0].lower() in _QUESTION_WORDS
                      or (len(noted) <= 4 and _section_word(text, vocab))
                      # "Companies hiring roofers near you": a strip of job cards below
                      or _CARDS_BELOW.search(text)))
                # "What an early childhood educator does in Canada": a longer question that
                # names a section
                # (not a labelled list: "WHERE THE WORK IS: offshore wind, harbour works")
                or (len(text.split()) <= _QUESTION_HEADING and text[-1:].isalpha()
                    and _long_question(text.split()) and ": " not in text
                    and classify_heading(text, vocab.headings) is not Kind.OTHER)
                or (following is not None and ((following[2] and not (
                    # ("Sectors: Archives, Local government", a blank line, then a strip of
                    # links parted by dots: the label's own list ended at the blank line)
                    # (rules38a) or right under it: "Sector: Social care" over a footer's
                    # "Our branches · Careers FAQ · …", several links on one line)
                    (following[0] > no + 1 and _labelled_list(text, vocab))
                    or (_one_line_strip(raw, index) and _labelled_list(text, vocab, one=True))
                    )) or (
                    # ("Essential knowledge: Yarn Grading" above "Optional knowledge:" and
                    # its items: a known label's own row, no heading over the lead-in)
                    _lead_in(raw, index) and not _labelled_row(text, vocab))
                                               # (a numbered list below: "1. Botanical ID")
                                               or _FIRST_ITEM.match(following[1]) is not None
                                               # (a strip of skills run together below)
                                               or _chip_strip(text, following[1], vocab)
                                               # (a card's labelled line below: "Employers
                                               # involved …" over "Trailblazer group: A, B")
                                               or (_LABEL_LINE.match(following[1]) is not None
                                                   and not _PUNCTUATED.search(text))
                                               # (a table or a ladder below, apart)
                                               or _apart_over_shape(raw, index, vocab)
                                               # (other vacancies' pay rows below)
                                               or _vacancies_lead_in(raw, index, vocab))))
                and _sentence_heading(text, vocab, noted=True, longer=following is not None and (
                    _chip_strip(text, following[1], vocab)
                    or _skills_lead_in(text, following, vocab)
                    or _names_lead_in(raw, index, vocab)
                    or _vacancies_lead_in(raw, index, vocab))))):
            # "[03] SALARY REALITY", "Who is hiring", "Typical duties" above bullets.
            heading = normalise_heading(text)
            kind = classify_heading(heading, vocab.headings)
            known_kind = kind is not Kind.OTHER
            # A numbered capitals heading opens a section; "MARKET AVERAGE" labels a part; so
            # does a capitals label with its own text after it on its line ("SECTORS WE
            # CREW FOR  Dry bulk · …", see _split_line).
            own_text = bool(caps) and following is not None and following[0] == no
            top = (known_kind and (not caps or text[:1] in "[#0123456789")) or own_text
            rows.append(_Row(no, text, False, heading, kind=kind if top else None, top=top))
            continue
        if no in marked and not bullet and len(text.split()) <= 12:
            heading = normalise_heading(text).rstrip(_QUESTION_MARKS)
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            continue
        if (not bullet and following is not None and not following[2] and (
                "," in following[1] or " | " in following[1])
                and following[1][-1:] != ":" and ": " not in text and _skills_line(text, vocab)):
            # "Skills we look for at senior level" above a sentence listing them (not "Skills
            # in demand: Teamwork", a labelled line of its own; (rules48b) nor "Tools you
            # will master" above "A | B | C", names parted by bars)
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if (not bullet and following is not None and following[0] <= no + 2 and (
                following[2] or following[1][-1:] == ":") and _skills_line(text, vocab)):
            # "Key skills for trainee store managers" above bullets, "Skills employers look
            # for" above "Trusts ask for:": the heading of the list below
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if (not bullet and following is not None and following[0] == no + 1
                and _short_lines_below(raw, index) and _skills_line(text, vocab)):
            # (fixes79) "Skills required for a harbour constable" above a run of short plain
            # lines, one skill a line: the heading of that list
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if not bullet and "?" in text and ": " in text and _INVITATION.search(text):
            continue  # "Employers and Universities: Work with us?": a link, read as nothing
        question = _question(text) if not bullet and "?" in text else None
        kind = classify_heading(question, vocab.headings) if question is not None else Kind.OTHER
        if question is not None and kind is Kind.OTHER and hook_opened(question):
            question = None  # ("Ever wondered who …?" under "Overview": a hook, no heading)
        if question is not None:
            # "Which tools should I learn?▼": an FAQ question heads its answer.
            rows.append(_Row(no, text, False, question, kind=kind, top=True))
            continue
        others = _other_employers(text) if not bullet and text[:6] == "Other " else None
        if others is not None:  # "Other clubs currently hiring X in our region: A, B"
            # (its full line without what the bodies do: "… all run studios" names no kind)
            rows.append(_Row(no, others, False, kind=Kind.EMPLOYERS,
                             full=f"{text[:text.index(':') + 1]} {others}"))
            continue
        step = _LEVEL_STEP.match(text) if not bullet and "→" in text[:20] and (
            _open_kind(rows) is not Kind.SKILLS) else None
        if step is not None:
            # (rules38a) "W2 → W3: reach truck, Excel, …", an open pay page's step between
            # two coded levels: what the lower level must show before the next, skills
            rows.append(_Row(no, step.group("items"), False, kind=Kind.SKILLS, full=text))
            continue
        label, rest = split_label(text) if ":" in text[:200] else (
            _spaced_label(text, vocab) or (None, text))
        if label and third_person_duty(label):
            # ("Performs semi-skilled road work: patching, …": a duty's own list, no heading)
            label, rest = None, text
        if (label and rest and not bullet and "," not in rest and len(rest.split()) <= 4
                and _plain_heading(f"{label} {rest}") and (
                    # (real46) "Also Called: Floral Designer" over more names one a line:
                    # the label heads the list, its own name a title like the ones below
                    not vocab.is_role_title(rest)
                    or classify_heading(label, vocab.headings) is Kind.ALIASES)
                and _known_heading(label, vocab) not in _PANEL_KINDS
                and not _EMPLOYER_FIELD.fullmatch(label)):
            # "The Roadmap: Key Stages": a heading with a subtitle, not a label and its text.
            kind = classify_heading(text, vocab.headings)
            if kind is not Kind.OTHER:
                rows.append(_Row(no, text, False, normalise_heading(text), kind=kind, top=True))
                continue
        lead_in = _LEAD_IN.match(text) if not bullet and ": " in text else None
        if lead_in is not None and "," in text[lead_in.end():]:
            # "Asked which skills they need, managers named: A (62%), B (54%)": a survey's
            # lead-in clause, no name; the list after it stays in its section
            rows.append(_Row(no, text[lead_in.end():], False, full=text))
            continue
        if label and rest and not bullet and "," in rest and _named_by_head(label, vocab):
            # "Skills respondents use weekly (top 8): A, B": a label whose head word names
            # the list
            rows.append(_Row(no, rest, False, kind=classify_heading(label, vocab.headings),
                             full=text))
            continue
        if not bullet and "   " in text and "NAICS" in text and (
                coded := _CODED_INDUSTRY_CELL.search(text)) is not None:
            # (rules54a) a form's cell of an industry code and its title, no colon ("Firm Inc.
            # FEIN 12-xxxxxxx   NAICS 311710 Seafood Product Preparation"): the line as text,
            # then the classification's title (the industry)
            # ((rules55a) a numbered field opening the line: the fields after it as text)
            first = coded.start() == 0
            rows.extend([_Row(no, text[coded.end():].strip() if first else text, False,
                              full=text),
                         _Row(no, coded.group(1).strip(), False, kind=Kind.SECTORS,
                              full=coded.group().strip() if first else text)])
            continue
        if label and rest and not bullet and "   " in rest and (
                _known_heading(label, vocab) not in (Kind.SECTORS, Kind.EMPLOYERS)) and (
                not _EMPLOYER_FIELD.fullmatch(label)) and (
                strip := _header_strip(no, text, rest, vocab)):
            # (rules41b) "Reference: X   Funder: Y   Research organisation: Z": a header
            # strip of fields, its employer's or industry's field read wherever it stands
            rows.extend(strip)
            continue
        if label and rest:
            posted = _EMPLOYER_FIELD.fullmatch(label) is not None  # "Employer: A"
            kind = Kind.EMPLOYERS if posted else classify_heading(label, vocab.headings)
            exact = Kind.EMPLOYERS if posted else _known_heading(label, vocab)
            if kind is Kind.OTHER and _LIST_NAMED.search(label):
                kind = Kind.SECTORS  # "Industry tags in this section: A · B": this line's
            if (kind in _LABEL_KINDS and (kind in _WORD_LABEL_KINDS or exact)) or (
                    not bullet and exact) or (
                    not bullet and _run_in_list(kind, rest, vocab.is_role_title, label)) or (
                    not bullet and kind is Kind.SECTORS and _LIST_NAMED.search(label)
                    and _short_items(_SECTOR_ITEMS.split(rest.rstrip(". ")))):
                # "• Advancement To: Staff X" / "Feeder roles: A, B": a heading for this line.
                # (a company-name field's value without its bracketed native name)
                later: list[_Row] = []
                if kind in (Kind.SECTORS, Kind.EMPLOYERS) and "   " in rest:
                    # "Industry: Mining / Quarrying   Scale: 400 staff": the form's next
                    # field, after a wide gap, is no part of this one's value
                    rest, *fields = _FIELD_GAP.split(rest)
                    later = _workplace_fields(no, fields, vocab)  # ("…   Industry: Retail")
                value = (company_field(text) if posted else None) or panel_value(rest)
                if kind is Kind.RESPONSIBILITIES and not exact:
                    # a run-in duties label's list is its first sentence; the sentences
                    # after it are the answer's prose ("… and rigging. Employers include A.")
                    value, after = list_sentence(value)
                    later = [_Row(no, after, False, full=after)] if after else []
                    text = f"{label}: {value}"
                rows.append(_Row(no, value, bullet, kind=kind, full=text))
                rows.extend(later)
                continue
        attached = _ATTACHMENT.match(text) if not bullet and text[:1] in "EASC" else None
        if attached is not None and ":" not in attached.group(1) and len(
                attached.group(1).split()) <= _SHORT_HEADING:
            # "Exhibit A – Position summary", "Appendix B – Career ladder": a letter's or a
            # contract's attachment, headed by what it holds
            head = attached.group(1).strip()
            rows.append(_Row(no, text, False, head, kind=classify_heading(head, vocab.headings),
                             top=True))
            continue
        short = _SENTENCE_LABEL.match(text) if not bullet and following is not None and (
            not following[2]) and _NAME_LINE.fullmatch(following[1]) else None
        if short is not None and (
                short_kind := classify_heading(short.group(1), vocab.headings)) in _LABEL_LISTS:
            # "Registered sponsoring firms (Travis County)", "License types": a sentence-case
            # heading over its names or its rungs, one a line
            rows.append(_Row(no, text, False, short.group(1), kind=short_kind, top=True))
            continue
        if not bullet and following is not None and not following[2] and (
                "→" in following[1][:20]) and _LEVEL_STEP.match(following[1]) and len(
                text.split()) <= _STEP_HEADING and text[-1] not in ".,;" and (
                stepped := classify_heading(text, vocab.headings)) is not Kind.OTHER:
            # (rules38a) "What a coordinator does and what we look for at each level" over
            # "C1 → C2: …" lines: a heading however long, by the level steps under it
            rows.append(_Row(no, text, False, text, kind=stepped, top=True))
            continue
        unnamed = _unnamed_heading(text, raw, index, vocab) if not bullet else None
        if unnamed is not None:
            # "Who you would work for" above a list of employers: a heading by its content.
            rows.append(_Row(no, text, False, text, kind=unnamed, top=True))
            continue
        if not bullet:
            # (rules46b) a handbook's sub-section numbered three deep ("4.3.4 What we expect
            # from a Shift Supervisor"): its words name the section as a "3." would
            numbered = _NUMBERED.fullmatch(text)
            sub = _SUBSECTION.fullmatch(text) if numbered is None and text[:1].isdigit() else None
            if sub is not None and (sub_kind := classify_heading(
                    sub.group(2), vocab.headings)) is not Kind.OTHER and (
                    _plain_heading(sub.group(2)) or _sentence_heading(sub.group(2), vocab)):
                # ("4.3.6 Progression": a known section's one word, a heading as "Progression"
                # alone would be; no list numbers its items three deep)
                rows.append(_Row(no, text, False, sub.group(2), kind=sub_kind, top=True))
                continue
            numbered = numbered or sub
            if numbered and _plain_heading(numbered.group(2).replace("*", "")):
                rows.append(_Row(no, text, False, numbered.group(2), numbered=True))
            elif numbered and (_sentence_heading(numbered.group(2), vocab) or (
                    # (rules38a) "2. Critical skills and knowledge for the post": a report's
                    # numbered section may run as long as a lead-in, no numbered item beside it
                    _sentence_heading(numbered.group(2), vocab, longer=True) and not any(
                        0 <= near < len(raw) and _NUMBERED.fullmatch(raw[near][1])
                        for near in (index - 1, index + 1)))):
                # "3. What you'll do": a numbered section of the page.
                kind = classify_heading(numbered.group(2), vocab.headings)
                rows.append(_Row(no, text, False, numbered.group(2), kind=kind, top=True))
            elif numbered and numbered.group(2).rstrip().endswith("?") and (
                    asked := classify_heading(numbered.group(2), vocab.headings)) in _ASKED_KINDS:
                # (rules52a) a questionnaire's numbered question ("4. What skills or
                # knowledge does the job need?"): a section, its answer below
                rows.append(_Row(no, text, False, numbered.group(2), kind=asked, top=True))
            elif numbered and (unnoted := _SECTION_NOTE.sub("", numbered.group(2))) != (
                    numbered.group(2)) and _sentence_heading(unnoted, vocab) and not any(
                    # (an item of a numbered list, its neighbour numbered too: "5. Social
                    # media marketing (Instagram is the portfolio now)")
                    0 <= near < len(raw) and _NUMBERED.fullmatch(raw[near][1])
                    for near in (index - 1, index + 1)):
                # "7. Pay (figures she said were about right in 2026)": a report's numbered
                # section, its note in brackets no words of its heading
                kind = classify_heading(unnoted, vocab.headings)
                rows.append(_Row(no, text, False, unnoted, kind=kind, top=True))
            elif text[:1] == "(" and (bracketed := _BRACKET_ITEM.fullmatch(text)) and any(
                    0 <= near < len(raw) and _BRACKET_ITEM.fullmatch(raw[near][1])
                    for near in (index - 1, index + 1)):
                # (rules48b) "(3) Bid leveling and scope sheets" under "(2) …": an intake
                # form's ranked list, its number in brackets, read as a bullet
                rows.append(_Row(no, bracketed.group(1), True))
            elif numbered and (explained := _EXPLAINED_ITEM.fullmatch(numbered.group(2))) and any(
                    0 <= near < len(raw) and _NUMBERED.fullmatch(raw[near][1])
                    for near in (index - 1, index + 1)) and next(
                        (row.kind for row in reversed(rows) if row.top), None) in _SKILL_KINDS:
                # (real49) "1. Attention to detail: Precision is crucial, and …" in a numbered
                # list under a skills heading: a labelled item, its sentence explaining the
                # label, read as a bullet (elsewhere a run-in label keeps its own readers)
                rows.append(_Row(no, explained.group(0), True))
            elif (_plain_heading(text) or _dated_heading(text, vocab)) and not _chips_under(
                    text, rows) and not items_of_label and not _post_byline(text, vocab):
                rows.append(_Row(no, text, False, text))
            elif numbered and ")" in text[:3] and step_number(text) is None:
                # "2) API testing (Postman)": a numbered list item, read as a bullet.
                rows.append(_Row(no, numbered.group(2), True))
            elif text.endswith(":") and label and not rest and (
                    len(label.split()) <= 6 or (len(label.split()) <= _LONG_HEADING
                                                and is_title_case(label))
                    or _names_lead(label, vocab)):
                # "Skills you need:", "Skills Required to Become a Merchant Navy Officer:"
                kind = classify_heading(label, vocab.headings)
                if kind is not Kind.OTHER:  # "Skills you need:" in sentence case
                    rows.append(_Row(no, text, False, label, kind=kind, top=True))
                else:
                    rows.append(_Row(no, text, False))
            else:
                rows.append(_Row(no, text, False))
            continue
        # A bullet introduces nested bullets when it is "Label:" alone, or a short Title Case
        # phrase followed by a bullet that is not itself such a phrase.
        # ("Python (SageMaker)" below is a name with its tool aside: an item like this one)
        child = following is not None and following[2] and not _short_title(
            _TAIL_ASIDE.sub("", following[1]), vocab) and not flat and not (
                # (the same marker at the same indent: a sibling in a flat list, "- Hotels"
                # over "- Restaurant groups", unless the phrase names a section)
                no in siblings and classify_heading(text, vocab.headings) is Kind.OTHER) and not (
                # (fresh61) "Turbidimeter • Chlorine analyzer (Hach) • Portable pump" under a
                # tools heading: pieces of one line cut at its dots are siblings in a list of
                # names, the first no heading of the rest
                following[0] == no and _open_kind(rows) in _ONE_LINE_NAMES
                and classify_heading(text, vocab.headings) is Kind.OTHER)
        if label and not rest and following is not None and following[2]:
            rows.append(_Row(no, text, True, label))
        elif no not in described and (
                triangled := _marked_heading(no, text, texts, following, vocab)) is not None:
            # "▸ Skills you'd use" over "- key cutting": a blog's section marked by a
            # triangle, over its own list or its paragraph
            rows.append(_Row(no, text, False, text, kind=triangled, top=True))
        elif ":" not in text and _short_title(text, vocab) and child:
            rows.append(_Row(no, text, True, text))
        else:
            rows.append(_Row(no, text, True, term=no in described))
    return _captions_below(rows) if any(r.text[:1] in _FIGURE_SIGNS for r in rows) else rows


# (fresh61) Sections whose one-line dotted lists are items side by side (a tools list's
# names, or a pay section's "Average salary in X region: 20 500 UAH · Vacancies on the site
# pay …", whose figure was taken for a heading over the rest).  (Not skills sections: there
# a first piece "Integrated Pest Management (IPM)" read as an item gives its initials as a
# second skill, heldback17.)
_ONE_LINE_NAMES = frozenset({Kind.TOOLS, Kind.SALARY})


# (rules52a) What a numbered question may open as a section: the skills it asks for (a
# question about moves asks both ways at once, "where do they come from, and where do they
# go?", and is left to its sentences' own cues).
_ASKED_KINDS = frozenset({Kind.SKILLS})


# (rules48b) A list item numbered in brackets: "(1) Quantity takeoff — Bluebeam Revu".
_BRACKET_ITEM = re.compile(r"\s*\(\d{1,2}\)\s+(\S.*)")


# (real38) A figure alone on its line, a sign before it ("£14.98").
_BARE_FIGURE = re.compile(r"[£$€₹]\s?\d[\d,]*(?:\.\d{1,2})?[kK]?")
_FIGURE_SIGNS = frozenset("£$€₹")


def _captions_below(rows: list[_Row]) -> list[_Row]:
    """(real38) An earnings box printed figure first, its caption below as a pay heading
    ("£30,700" / "Avg. annual earnings" / "£14.98" / "Avg. hourly earnings" under "Average
    earnings"): each caption moved above its figure, so that it heads its own figure and not
    the next one.  The box starts at a figure right under a heading that names no period.

    >>> from careergraph.guides.longform_lines import _Row
    >>> rows = [_Row(1, "Pay", False, "Pay", kind=Kind.SALARY, top=True),
    ...         _Row(2, "£30,700", False),
    ...         _Row(3, "Avg. annual pay", False, "Avg. annual pay", kind=Kind.SALARY, top=True),
    ...         _Row(4, "£14.98", False),
    ...         _Row(5, "Avg. hourly pay", False, "Avg. hourly pay", kind=Kind.SALARY, top=True)]
    >>> [row.no for row in _captions_below(rows)]
    [1, 3, 2, 5, 4]
    """
    def caption(index: int) -> bool:
        return 0 <= index < len(rows) and rows[index].kind is Kind.SALARY and bool(
            rows[index].heading) and label_period(rows[index].heading) is not None

    def figure(index: int) -> bool:
        return 0 <= index < len(rows) and not rows[index].heading and (
            _BARE_FIGURE.fullmatch(rows[index].text.strip()) is not None)

    out = list(rows)
    index = 1
    while index < len(out) - 1:
        if figure(index) and caption(index + 1) and bool(out[index - 1].heading) and (
                not caption(index - 1)) and figure(index + 2) and caption(index + 3):
            while figure(index) and caption(index + 1):
                out[index], out[index + 1] = out[index + 1], out[index]
                index += 2
            continue
        index += 1
    return out


_NAME_LISTS = frozenset({Kind.EMPLOYERS, Kind.SECTORS})  # sections a callout ends


def _one_line_strip(raw: Sequence[tuple[int, str, bool]], index: int) -> bool:
    """The items after ``raw[index]`` are a strip of several links on one line (each cut
    off as an item of that line), no list of its own lines."""
    return index + 2 < len(raw) and raw[index + 1][2] and raw[index + 2][0] == raw[index + 1][0]


def _open_kind(rows: Sequence[_Row]) -> Kind | None:
    """The kind of the section the rows so far leave open (its last top heading's)."""
    return next((row.kind for row in reversed(rows) if row.top), None)


_MARKED_WORDS = 6  # a bulleted heading is short


# (rules38a) A step between two coded levels and what it asks ("C1 → C2: rostering, …",
# "W1 → W2 after 6 months and: RF scanning, …"); the codes are short (a letter or two and
# a digit), no titles.
_STEP_HEADING = 14  # words a heading over level steps may run to
_LEVEL_CODE = r"(?:Level\s+)?[A-Z]{1,3}-?\d{1,2}"
_LEVEL_STEP = re.compile(rf"^{_LEVEL_CODE}\s*→\s*{_LEVEL_CODE}\b[^:→]{{0,40}}:\s+(?P<items>\S.*)$")
# A note in brackets closing a numbered section's heading ("7. Pay (figures Dan gave, 2026)").
_SECTION_NOTE = re.compile(r"\s+\([^()$€£]{1,90}\)$")
# A card's labelled line ("Trailblazer group: A, B", "Entry:  X · Y"): a short label in
# sentence case, a colon, its value.
# (rules38b: a rate's label and its figure too, "Apprentice: £8.60 – £11.20 an hour", under
# "Earnings reported to the register (2025)")
_LONG_LABEL_WORDS = 12
_LABEL_LINE = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,3}(?: \([a-z][^()]{0,30}\))?:\s+"
                         r"(?:[A-Z]|[£$€₹]\s?\d)")
# (a heading over it is plain words: "Sector: Offshore" or "Where? Courts, firms" is a field)
_PUNCTUATED = re.compile(r"[,:;?!]")


def _marked_heading(no: int, text: str, texts: Mapping[int, str],
                    following: tuple[int, str, bool] | None, vocab: Vocabulary) -> Kind | None:
    """The kind of a bulleted line whose words name a section ("▸ Skills you'd use", "▸ Who
    hires?": a blog marks its headings with a triangle) when a paragraph follows it or a
    list with another marker ("- key cutting"); else None."""
    if following is None or ":" in text or len(text.split()) > _MARKED_WORDS:
        return None
    if text.rstrip("?").endswith((".", "!", ",")) or _FIGURE_CELL.search(text):
        return None
    printed = texts.get(no, "")
    shape = _bullet_shape(printed)
    if not shape or printed[len(shape):].strip() != text:
        return None  # (an item of a strip on one line: "Start · Grow · Tools")
    if no - 1 in texts:
        return None  # (an item right under its list's label or the item before it: a
        # bulleted heading stands after a blank line)
    if following[2] and _bullet_shape(texts.get(following[0], "")) in ("", shape):
        return None  # (the same marker: the next item of one list)
    after = texts.get(following[0], "")
    if following[2] and len(after) - len(after.lstrip()) < len(shape) - len(shape.lstrip()):
        # (a bullet set further out follows the last item of a nested list: "    • Cisco
        # Certified … (CCNA)" over the outer list's "  • Salary Range: …" is no heading)
        return None
    kind = classify_heading(text, vocab.headings)
    if kind is not Kind.OTHER and vocab.is_role_title(text):
        return None  # ("- Certified Welder" over its pay: a title, no requirements section)
    return None if kind is Kind.OTHER else kind


# A list marker with its indent: "  - " and "• " are the shapes of two levels of a list.
_MARKER = re.compile(r"[ \t]*(?:[-*+•·◦▪▸►‣●○–—]|\d{1,2}[.)])(?=\s)")


def _bullet_shape(text: str) -> str:
    """A line's list marker with its indent ("  -"), or "" for a line with none."""
    if text[:1] not in " \t" and text[:1] not in BULLET_FIRST and not text[:1].isdigit():
        return ""  # most lines: no regex match to try
    match = _MARKER.match(text)
    return match.group(0).expandtabs(4) if match is not None else ""


_GROUP_ITEMS = 2  # a flattened group heading stands over at least this many items


def _flat_siblings(raw: Sequence[tuple[int, str, bool]], shapes: Mapping[int, str],
                   vocab: Vocabulary) -> set[int]:
    """Lines of flat lists (one marker, one indent) whose Title Case items are items, not
    group headings: a list is grouped only when two or more Title Case items each stand
    over two or more other items ("- Data Management" / "- Ensuring data quality" / …);
    "- Hotels" / "- Restaurant groups" / "- Cruise lines" is one list of three."""
    siblings: set[int] = set()
    start = 0
    while start < len(raw):
        shape = shapes.get(raw[start][0], "") if raw[start][2] else ""
        stop = start + 1
        while (shape and stop < len(raw) and raw[stop][2]
               and shapes.get(raw[stop][0]) == shape and raw[stop][0] != raw[stop - 1][0]):
            stop += 1
        if shape and stop - start > 1:
            titled = [at for at in range(start, stop) if _short_title(raw[at][1], vocab)]
            bounds = [*titled[1:], stop][:len(titled)]
            groups = sum(1 for at, end in zip(titled, bounds, strict=True)
                         if end - at - 1 >= _GROUP_ITEMS)
            if groups < 2:
                siblings.update(raw[at][0] for at in range(start, stop))
        start = stop
    return siblings


_DESCRIBED_ITEMS = 3  # (real47) named items, each over its sentence of description


def _described_items(raw: Sequence[tuple[int, str, bool]], shapes: Mapping[int, str]) -> set[int]:
    """(real47) Lines of a list whose short items each stand over one sentence that describes
    them ("• Dye wigs" / "Apply dyes to wigs to obtain the desired colour." / "• Keep up with
    trends" / "Monitor and follow …"): an occupation database's skills with their
    definitions.  The items are items, however much one reads like a heading; three or more."""
    found: set[int] = set()
    start = 0
    while start < len(raw):
        shape = shapes.get(raw[start][0], "") if raw[start][2] else ""
        stop = start
        while (shape and stop + 1 < len(raw) and raw[stop][2] and not (
                _HEADING_MARKS.intersection(shape)) and shapes.get(raw[stop][0]) == shape
               and len(raw[stop][1].split()) <= _TERM_WORDS and not raw[stop][1].endswith("?")
               and not raw[stop + 1][2] and len(raw[stop + 1][1]) <= _DEFINITION_CHARS
               and len(raw[stop + 1][1].split()) <= _DEFINITION_WORDS
               and _DEFINITION.match(raw[stop + 1][1])):
            stop += 2
        if (stop - start) // 2 >= _DESCRIBED_ITEMS:
            found.update(raw[at][0] for at in range(start, stop, 2))
        start = max(stop, start + 1)
    return found


_TERM_WORDS = 8
_DEFINITION_CHARS = 300  # (read before the pattern: a glued megabyte line is never tried)
_DEFINITION_WORDS = 30  # (a definition is short: a blog's paragraph under "▸ Getting in" is none)
_HEADING_MARKS = frozenset("▸►▶")  # (marks of a blog's headings: see _marked_heading)
# A sentence describing the item above it: capitalised, ending with its stop.
_DEFINITION = re.compile(r"[A-Z][^!?]*\w[.!]\s*$")


_NAME_LEAD_KINDS = frozenset({Kind.EMPLOYERS, Kind.SECTORS})
_CALL_PARTS = re.compile(r"\s[-–—]\s|[!?]")  # a call to action's parts ("Upload - Let …")
_KNOWN_EMOJI_LABEL = 8  # words of a pictograph's label the heading vocabulary knows


def _names_lead_in(raw: Sequence[tuple[int, str, bool]], index: int,
                   vocab: Vocabulary) -> bool:
    """A line naming employers or sectors right above a strip of names printed on the next
    line ("Other companies that are now looking for pavers" / "A (Raalte) · B (Apeldoorn)"):
    a lead-in, which may run as long as one; a call to action ("Upload your CV - Let
    employers find you") is none, nor a line over a list a name a line."""
    no, text, _ = raw[index]
    strip = raw[index + 1:index + 3]
    return len(strip) == 2 and strip[0][0] == strip[1][0] == no + 1 and strip[0][2] and (
        strip[0][1][:1].isupper() and _CALL_PARTS.search(text) is None) and classify_heading(
        text, vocab.headings) in _NAME_LEAD_KINDS


def _vacancies_lead_in(raw: Sequence[tuple[int, str, bool]], index: int,
                       vocab: Vocabulary) -> bool:
    """(rules48c) A line naming other vacancies ("Other roles you can refer for right now"),
    set apart by a blank line above and right over a row of a title, a dash and its pay
    ("Quality Technician — $24.00 – $28.00 / hour"): a lead-in, which may run as long as
    one, so the rows are the other vacancies' and never join a ladder above.

    (fixes100) So is a pay heading naming a title and a site ("Salaries of Ajudant/a de
    cuina on CuinaFeina.cat") right over a labelled figure ("Average salary in Gironès:
    9,50 €/h"): the title's words make it longer than a heading, the figures below are its."""
    no, text, _ = raw[index]
    if not (0 < index < len(raw) - 1 and raw[index - 1][0] < no - 1
            and raw[index + 1][0] == no + 1 and not raw[index + 1][2]):
        return False
    below = raw[index + 1][1]
    if find_money(below) is None:
        return False
    kind = classify_heading(text, vocab.headings)
    # (a heading in capitals is read by its own rule, as before)
    return (kind is Kind.MARKET and _DASHED_PAY.search(below) is not None) or (
        kind is Kind.SALARY and not text.partition("(")[0].isupper()
        and _LABELLED_PAY.match(below) is not None)


_DASHED_PAY = re.compile(r"^[A-Z][^—–|]{2,60}\s[—–]\s")  # "Title (note) — …" before its pay
_LABELLED_PAY = re.compile(r"^[A-Z][^:|]{2,60}:\s")  # "Average salary in Gironès: …"


def _glued_items(no: int, rows: Sequence[_Row]) -> bool:
    """Whether a line's part follows a skills heading glued before it on the same line: the
    heading's items ("Essential knowledgeDemand ForecastingKiln Safety"), which head no
    section even when a section's word ("demand") is among them."""
    return bool(rows) and rows[-1].no == no and rows[-1].top and not rows[-1].full and (
        rows[-1].kind in (Kind.SKILLS, Kind.SOFT_SKILLS))


# A pipe table's row ("Level | Title | Annual") and a rung chain ("Trainee → Officer").
_TABLE_ROW = re.compile(r"^[^|]+(?:\s\|\s[^|]+){2,}$")
_CHAIN = re.compile(r"\S\s*(?:→|->)\s*\S")


def _apart_over_shape(raw: Sequence[tuple[int, str, bool]], index: int,
                      vocab: Vocabulary) -> bool:
    """Whether the line at ``index`` is set apart by a blank line above and sits directly
    over a rung chain ("Career pathway" over "Graduate X → X → Senior X") or over a table's
    row under a name of no list ("Wage rates" over "| Level | Annual |"; "Levels and pay"
    over one is read as before): a heading of what follows, never a list's last item."""
    no = raw[index][0]
    if not (0 < index < len(raw) - 1 and raw[index - 1][0] < no - 1
            and raw[index + 1][0] == no + 1 and not raw[index + 1][2]):
        return False
    below = raw[index + 1][1]
    return _CHAIN.search(below) is not None or (
        _TABLE_ROW.search(below) is not None
        and classify_heading(_noted(raw[index][1]), vocab.headings) not in _ITEM_LIKE)


def _labelled_row(text: str, vocab: Vocabulary) -> bool:
    """Whether a line is a known heading's label and its value ("Essential knowledge: Yarn
    Grading")."""
    label, rest = split_label(text) if ": " in text else (None, "")
    return bool(label and rest) and _known_heading(label or "", vocab) is not None


def _labelled_list(text: str, vocab: Vocabulary, *, one: bool = False) -> bool:
    """Whether a line is a known heading's label and a comma list of names ("Sectors:
    Archives, Local government"): a list of its own, heading nothing below it; ``one``: a
    single name will do ("Sector: Social care")."""
    label, rest = split_label(text) if ": " in text else (None, "")
    return bool(label and rest) and (one or ", " in (rest or "")) and _known_heading(
        label or "", vocab) is not None


def _chip_strip(heading: str, text: str, vocab: Vocabulary) -> bool:
    """``text`` is a line of skills run together with no sentence or figure in it
    ("AutoCADSite supervisionMS Excel"), a scraped strip of chips, under ``heading``, a line
    naming a skills section ("Skills that help in the exam and the job")."""
    return (len(_GLUED_TITLE.findall(text)) >= _CHIP_GLUES and not _CHIP_SENTENCE.search(text)
            and not _CHIP_FIGURE.search(text)
            and classify_heading(heading, vocab.headings) in _SKILL_KINDS)


def _post_byline(text: str, vocab: Vocabulary) -> bool:
    """A person's post and organisation under their name ("Head of Surveys, Kestrel Marine
    Partners"): a card's line, no section heading, whatever word the firm's name holds.

    >>> from careergraph.guides.vocab import Vocabulary
    >>> v = Vocabulary([], [], [], frozenset({"Engineer"}), frozenset(), frozenset())
    >>> _post_byline("Senior Engineer, Habitat Partners", v), _post_byline("Skills, Tools", v)
    (True, False)
    """
    post, comma, firm = text.partition(", ")
    return bool(comma) and "," not in firm and vocab.is_role_title(post) and (
        0 < len(firm.split()) <= _FIRM_WORDS) and (
        classify_heading(post, vocab.headings) is Kind.OTHER)


_FIRM_WORDS = 5


def _skills_lead_in(heading: str, following: tuple[int, str, bool], vocab: Vocabulary) -> bool:
    """``heading`` names a skills section and a bulleted or numbered list follows it, so it may
    run as long as a lead-in ("Skills the crew told me count most" above "1. Kiln safety"),
    not above a paragraph."""
    return ((following[2] or _FIRST_ITEM.match(following[1]) is not None)
            and classify_heading(heading, vocab.headings) in _SKILL_KINDS)


_CHIP_GLUES = 3
_CHIP_SENTENCE = re.compile(r"[.!?]\s")
_CHIP_FIGURE = re.compile(r"(?<![A-Za-z\d])\d")  # a figure, not a product's digit ("Pix4D")


def _chips_under(text: str, rows: Sequence[_Row]) -> bool:
    """A line of skill names run together ("Stream ProcessingMap MatchingLoad Testing")
    right under a skills heading: the section's list, not a heading of its own."""
    return (bool(rows) and rows[-1].kind in _SKILL_KINDS and bool(rows[-1].heading)
            and len(_GLUED_TITLE.findall(text)) >= 2)
_TAIL_ASIDE = re.compile(r"\s*\([^()]*\)$")
