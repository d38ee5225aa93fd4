"""A page's chrome and markup for the long-form parser's row splitting: emphasis,
links, citations, navigation, bylines, action bars, footers and menus.

>>> _markup("**Skills**")
'Skills'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.headings import load_headings
from careergraph.guides.longform_headings import _ALIAS_LEAD, _HEADED_KINDS, _HEADED_LABEL_WORDS
from careergraph.guides.longform_lines import _DIGIT, _known_heading
from careergraph.guides.section_kinds import _LIST_KINDS, MOVE_KINDS, Kind, classify_heading
from careergraph.guides.skill_trailers import SIGNED_IN
from careergraph.guides.text import IMAGE_SUFFIX
from careergraph.guides.vocab import Vocabulary

_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]{1,80}?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]{0,200})\]\([^)\s]{0,300}\)")
# An encyclopedia's citation or edit marker glued to the word or stop before it
# ("drafters.[11]", "urban planning.[citation needed]", "Career path[edit]"): chrome.
_CITATION = re.compile(r"(?<=[\w.,;:)\"'’])\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3}|edit|"
                       r"citation needed|clarification needed|who\?|when\?|by whom\?)\]")


# Whole lines of page navigation: chrome, never content ("back to top" under every table).
_NAVIGATION = frozenset({"back to top", "top of page", "return to top", "scroll to top",
                         "go to top", "skip navigation", "skip to content",
                         "skip to main content",
                         # (rules40b) a blog's comment form under the post ("Leave a Reply",
                         # "Cancel reply"): the commenters' box, no employer or fact
                         "leave a reply", "leave a comment", "post a comment", "add a comment",
                         "cancel reply", "write a comment"})
# (real48) A photo's credit line under a picture ("Picture Credit: site.com", "Photo credit:
# Getty Images", "Image: courtesy of …") and an excerpt's "Continue Reading…" link at its
# end: chrome, no employer or fact (a short line only; prose about credits stays).
_CREDIT_LINE = re.compile(r"\W*(?:(?:picture|photo|image|photograph|header image|cover image|"
                          r"featured image)\s*(?:credits?|courtesy|source)\s*[:\-–]|"
                          r"continue reading\b|keep reading\b).{0,70}", re.IGNORECASE)
_CREDIT_CHARS = 90  # characters: a credit or a "Continue reading" link is short
# A page's feedback widget ("Was this page helpful?  Yes  No"): chrome, however the page runs.
_FEEDBACK_WIDGET = re.compile(r"(?:was|is|did) this (?:page|article|information|content|answer)"
                              r" (?:helpful|useful|help)\??(?:\s+(?:yes|no)\b)+\s*",
                              re.IGNORECASE)
# A listing's "show more" link: "View all 48 companies", "More Welder cities ▾" (chrome).
_EXPAND_LINK = re.compile(r"(?:(?:view|see|show|browse) all(?: \d[\d,]*\+?)?(?: [\w'-]+){1,4}"
                          r"\s*[›>»▾▼▸→]?|more(?: [\w'-]+){1,4}\s*[▾▼▸›»])\s*$", re.IGNORECASE)
# A series' pager under a post ("← Previous: Baker      Next: Welder →", "Next: Baker →"):
# links to the series' other posts, never this page's employers, moves or skills.
# (real56) A button calling a site's own tool ("Try Career Planner", "Take the career quiz",
# "Use our salary calculator ›"): chrome, and no title over the figures after it ("Planner"
# is a post's head noun elsewhere).
_TOOL_CALL = re.compile(r"(?:try|take|use|start|launch|open)\s+(?:the\s+|our\s+|a\s+|this\s+)?"
                        r"(?:[\w'-]+\s+){0,3}(?:planner|quiz|test|tool|calculator|checker|"
                        r"finder|explorer|matcher|assessment)\s*[›>»→]?", re.IGNORECASE)
_TOOL_CALL_CHARS = 50  # characters: a button is short
_PAGER_SIDE = (r"(?:(?:previous|prev|older|next|newer)(?:\s+(?:post|article|story|entry|job))?"
               r"\s*:\s*[^:←→«»‹›]{1,60}?)")
_PAGER = re.compile(rf"(?:[←«‹]\s*)?{_PAGER_SIDE}(?:\s+{_PAGER_SIDE})?(?:\s*[→»›])?",
                    re.IGNORECASE)
_PAGER_LINE = 140  # characters: a pager is short
_FORM_BLANK = re.compile(r"(?<!_)_{3,}(?!_)")
_IMAGE_LINE = 90
_PAGE_MARK = re.compile(r"^page \d{1,4}(?: of \d{1,4})?\s*$", re.IGNORECASE)
# (fixes87) An image's file name left alone on a line ("TrailMap Flags.png" over a pay line):
# chrome, no label of the figures under it.
_IMAGE_FILE = re.compile(r"[\w'’&()-]+(?: [\w'’&()-]+){0,7}" + IMAGE_SUFFIX, re.IGNORECASE)
_PARAGRAPH_WORDS = 12  # a line of prose under a heading, not another item of a list
# A post's or comment's vote and action bar ("⬆ 2.4k ⬇  💬 310 comments  Share  Save",
# "↑ 57 ↓  Reply  Report", "16 upvotes · 9 comments"): arrows, counts and action words only.
_ACTION_BAR = re.compile(
    r"(?:[⬆⬇↑↓▲▼💬·•|]|\d[\d.,]*[km]?|(?:up|down)?votes?|upvotes?|points?|comments?|"
    r"repl(?:y|ies)|share|save|report|award|give award|hide|edit|permalink|quote)"
    r"(?:\s+(?:[⬆⬇↑↓▲▼💬·•|]|\d[\d.,]*[km]?|(?:up|down)?votes?|upvotes?|points?|comments?|"
    r"repl(?:y|ies)|share|save|report|award|give award|hide|edit|permalink|quote))+\s*",
    re.IGNORECASE)
_ACTION_WORD = re.compile(r"[⬆⬇↑↓▲▼💬]|\b(?:repl(?:y|ies)|share|save|report|award|upvotes?|"
                          r"comments?)\b", re.IGNORECASE)
# A comment's byline: the handle, perhaps a flair ("Site Manager | Hull"), the time ago
# ("grout_gary · 2 days ago", "spacer_sam OP · Site Manager | Hull · 9 hr. ago"): chrome,
# its flair no page's title.
_COMMENT_BYLINE = re.compile(
    r"(?:u/)?(?:[\w.-]{3,30}|\[deleted\])(?: OP)?\s+[·•]\s+(?:[^·•]{1,60}\s+[·•]\s+)?"
    r"\d{1,2}\s*(?:min|mins|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|y|yr|yrs|years?)"
    r"\.?\s+ago")
# A forum post's byline ("Posted by u/kettle_kate · 5 hours ago"); the short tag on the line
# under it ("Discussion", "Pay thread") is the post's flair: chrome, no heading.
# A page's prompt to contact its adviser, with the adviser's name or desk after a mark ("Ask an
# adviser: J. Smith, careers desk", "Ask your local adviser · Careers Coordinator: Dr. X"):
# whom to ask, never an employer, a sector or a move.
_ADVISER_CONTACT = re.compile(r"\s*(?:ask|contact|talk to|speak (?:to|with)|call|e-?mail|book)\s+"
                              r"(?:an?|your|our)\s+(?:local\s+)?(?:careers?\s+)?"
                              r"(?:advis[eo]r|counsell?or|coach)s?\s*[:·|•—–]", re.IGNORECASE)
_CONTACT_LINE = 120  # characters: a contact line is short; a longer one is prose
# (fixes79) A person's name after a contact or handover lead: a title and a surname, a
# first name and a surname before a comma, a bracket or "at/in/on", or a surname alone before
# "at/in/on the …" or a date; no word naming a desk or a team ("Contact Centre, Leeds").
_PERSON = (r"(?!{offices})(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'’-]+"
           r"|[A-Z][a-z'’-]+\s+(?!{offices})[A-Z][a-z'’-]+(?=\s*[,(;]|\s+(?:at|in|on)\s)"
           r"|[A-Z][a-z'’-]+(?=\s+(?:at|in|on)\s+(?:the|our|\d)))")


@cache
def _person_contact() -> Gated:
    lists = word_lists("contact_lines")
    leads = phrase_alternation(lists.get("leads", ()))
    offices = rf"(?i:{phrase_alternation(lists.get('offices', ()))})\b"
    return Gated(re.compile(rf"^\W*(?:[^:.]{{0,50}}?(?:[:,]\s*|\s))?(?i:{leads})\s*:?\s+"
                            + _PERSON.format(offices=offices)))


def person_contact(text: str) -> bool:
    """(fixes79) A short line naming whom to contact or hand over to ("Page owner: Grace
    Lindell, careers team", "Handover to Brennan on 3 March"): chrome.

    >>> person_contact("Questions about this page: contact Okafor in the planning office.")
    True
    >>> person_contact("For more information contact Ms Abernethy (planning lead).")
    True
    >>> person_contact("Contact centre experience"), person_contact("Contact Centre, Leeds")
    (False, False)
    >>> person_contact("Questions? Contact Faculty Affairs, provost@example.edu")
    False
    """
    return len(text) < _CONTACT_LINE and _person_contact().search(text) is not None
_POST_BYLINE = re.compile(r"posted by\s.{1,80}\b(?:ago|\d{4})", re.IGNORECASE)
_FLAIR = re.compile(r"[A-Z][\w&'/-]*(?: [\w&'/-]+){0,2}")


# (rules49b) A form's step bar: circled step numbers joined by box-drawing rules ("②
# Details ✓ ── ③ Pay & benefits"); a pathway's circled rungs stand on lines of their own.
_STEP_MARK = re.compile("[\u2460-\u2473\u2776-\u277f]")
_STEP_BAR = 3  # circled steps on one line at least
_STEP_BAR_LINK = re.compile("[\u2460-\u2473\u2776-\u277f][^\u2460-\u2473\u2776-\u277f]{1,40}?"
                            "\u2500{2,}\\s*[\u2460-\u2473\u2776-\u277f]")

# (rules55b) An online claim's or application's progress strip: its steps after a "Progress:"
# label, each done one ticked (the ticks read as a dot strip), the current one after a dot
# ("Progress: ✔ Details ✔ Pay ✔ Hours ● Review"), and its step line with the wizard's save
# button or session timer ("Step 4 of 6: Your pay   [Save and exit]   Session expires in 20
# minutes"): the form's steps, no skills or sections.
_PROGRESS_STRIP = re.compile(r"^\W*(?:your\s+)?progress\s*:\s*(?:[^·✔✓●○›:]{1,30}[·✔✓●○›]\s*){2,}"
                             r"[^·✔✓●○›:]{1,30}$", re.IGNORECASE)
_WIZARD_STEP = re.compile(r"\bstep \d{1,2} of \d{1,2}\b.{0,60}?(?:\[\s*(?:save|exit|cancel|"
                          r"back|continue)\b|\bsession (?:expires|times? out)\b)",
                          re.IGNORECASE)

# (rules49b) A chip that adds a suggestion with one click: "[+ Refrigeration]".
_ADD_CHIP = re.compile(r"\[\+\s?[^\[\]]{1,40}\]")
_ADD_CHIPS = 2


def _markup(text: str) -> str:
    """Leftover markdown and flattened table cells made plain ("| a | b |" -> "a | b");
    a navigation line ("back to top") made empty."""
    if len(text) < 30 and text.strip().lower().rstrip(" ↑^") in _NAVIGATION:
        return ""
    if len(text) < _CREDIT_CHARS and _CREDIT_LINE.fullmatch(text.strip()):
        return ""  # (real48) "Picture Credit: site.com", "Continue Reading…Cobbler"
    if len(text) < 50 and _FEEDBACK_WIDGET.fullmatch(text.strip()):
        return ""  # "Was this page helpful?  Yes  No"
    if len(text) < 90 and _ACTION_BAR.fullmatch(text.strip()) and _ACTION_WORD.search(text):
        return ""  # a post's vote and action bar ("↑ 57 ↓  Reply  Share"): chrome
    if " ago" in text[-12:] and len(text) < 130 and _COMMENT_BYLINE.fullmatch(text.strip()):
        return ""  # a comment's byline ("grout_gary · Site Manager | Hull · 2 days ago")
    if len(text) < _CONTACT_LINE and _ADVISER_CONTACT.match(text):
        return ""  # "Ask an adviser: J. Smith, careers desk": whom to ask, no fact of the job
    if person_contact(text):
        return ""  # (fixes79) "Handover to Brennan on 3 March": whom to ask, no fact of the job
    if "──" in text and len(_STEP_MARK.findall(text)) >= _STEP_BAR and _STEP_BAR_LINK.search(text):
        return ""  # (rules49b) a posting editor's step bar ("① Basics ✓ ── ② Details ✓ ── ③
        # Pay & benefits ✓ ── ④ Review"): the form's steps, no section or employer
    if "rogress" in text[:20] and _PROGRESS_STRIP.match(text):
        return ""  # (rules55b) "Progress: ✔ Details ✔ Pay ✔ Hours ● Review": a form's steps
    if "tep " in text and _WIZARD_STEP.search(text):
        return ""  # (rules55b) "Step 4 of 6: Your pay  [Save and exit]": a wizard's step line
    if "[+" in text and len(_ADD_CHIP.findall(text)) >= _ADD_CHIPS:
        return ""  # (rules49b) an editor's suggestion chips ("Suggested skills to add: [+
        # Refrigeration]  [+ Carpentry]"): what the board proposes, not what the job asks
    if len(text) < _PAGER_LINE and _pager(text.strip()):
        return ""  # "← Previous: Baker   Next: Welder →": the series' other posts
    if len(text) < _IMAGE_LINE and "." in text[-6:] and _IMAGE_FILE.fullmatch(text.strip()):
        return ""  # (fixes87) "TrailMap Flags.png": an image's file name, chrome
    if text[:5].lower() == "page " and _PAGE_MARK.match(text):
        return ""  # a printed document's page number ("Page 4 of 47")
    if len(text) < 50 and _EXPAND_LINK.match(text.strip()):
        return ""  # a list's "View all 48 companies" / "More Welder cities ▾" link
    if len(text) < _TOOL_CALL_CHARS and _TOOL_CALL.fullmatch(text.strip()):
        return ""  # (real56) "Try Career Planner": a button to the site's tool
    if len(text) < _CONTACT_LINE and (SIGNED_IN.match(text) or _SIGN_OUT_BUTTON.search(text)):
        return ""  # (rules45a) "Logged in as: a.b@x  |  Switch company  |  Log out": the app's
        # account bar, the user's handle and its buttons; no skills or employers
    if "___" in text and _BLANK_FIELD.match(text):
        return ""  # (rules45a) "Named assessor: ______ (Band 5 or above, or Local Manager)": a
        # field to fill in and its note on who may fill it, no fact of the job
    if len(text) < _CONTACT_LINE and _RECORD_CHROME.match(text):
        return ""  # (rules45a) "How to use this record", "Site: Ward 4 / Clinics (A, B)"
    if ":" in text[:40] and _ASSESSOR_NOTES.match(text):
        return ""  # (rules45a) "Notes (assessor): Good attitude, …": one trainee's remarks
    if "___" in text and len(_FORM_BLANK.findall(text)) >= 2:
        return ""  # a form's fields to fill ("Apprentice's initials ____  Date ______")
    if (" | " in text or (" · " in text and _ATTACHED.match(text))) and _link_strip(text):
        # (carry37) a field after the strip's last dot ("… | Results · Sector: Local
        # government") stays, when its label names a section's kind; the links go
        tail = _TRAILING_FIELD.search(text) if " · " in text else None
        return tail.group(1) if tail is not None and load_headings().classify(
            tail.group(1).split(":", 1)[0]) is not None else ""
    if "[" in text:
        text = _without_citations(text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
        if text.strip().lower().startswith(("back to", "return to", "← ", "see also")):
            return ""  # a navigation link
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    if "`" in text or "*" in text:
        text = _EMPHASIS.sub(r"\1", text.replace("`", ""))  # `code`, *italics*
    if text.startswith("#") and not re.match(r"#\s*\|", text):
        text = text.lstrip("#").strip()  # (rules45a: "# | Task | Status", a number column)
    if "|" in text:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        text = " | ".join(c for c in cells if c and set(c) - set("-: "))
    return text


# A strip of links to other articles ("Also read: X Salary | Y Jobs in Z"): no facts.
# (carry37) A labelled field after a links strip's last middle dot ("Related: A | B · Sector:
# Local government"): one or two capitalised words, a colon and a short value.
_TRAILING_FIELD = re.compile(r"\s·\s+([A-Z][a-z]+(?: [a-z]+)?:\s+[^·|:©]{2,60}?)\s*$")
# (rules40b) a page's strip of files to download ("Download: Application form (PDF) |
# Syllabus MVM-07 (PDF) | Test calendar 2027"): documents, no employers or facts.
# (rules45a) And a record's attached files and related documents ("Attachments: PTS card
# scan.pdf · HAVS log Nov.xlsx · …", "Related documents: Guidance · Policy · …").
_LINK_STRIP = re.compile(r"^\s*(?:also read|read also|read more|see also|related(?: posts| "
                         r"articles| reading| documents| files)?|downloads?|attachments?|"
                         r"attached files?)\s*:\s*\S", re.IGNORECASE)
# (rules45a) A form's labelled field left blank ("Named assessor: _______ (…)").
_BLANK_FIELD = re.compile(r"^\W*[A-Z][^:_]{1,40}:\s*_{3,}")
# (rules45a) A record's or form's own instructions heading ("How to use this record", "How to
# complete this form") and the site or depot field naming where it is used: chrome; a case
# record's audit trail too.
_RECORD_CHROME = re.compile(r"^\W*(?:how to (?:use|complete|fill in) this (?:record|form|"
                            r"document|checklist|log|logbook|workbook|sheet|booklet)\s*:?\s*$"
                            r"|(?:site|sites|depot)\s*:\s"
                            # (carry46) a case system's history of the record ("Audit trail:
                            # created · reviewed · outcome issued"): its steps, no facts
                            r"|(?:audit trail|case history|record history|version history)"
                            r"\s*:\s)", re.IGNORECASE)
# (rules45a) An assessor's remarks on one trainee ("Notes (assessor): Good attitude, …"): of
# that person, no skills of the role.
_ASSESSOR_NOTES = re.compile(r"^\W*(?:(?:notes|comments|remarks|feedback)\s*\((?:assessor|"
                             r"supervisor|mentor|verifier|trainer)\)|(?:assessor|supervisor|"
                             r"mentor|verifier|trainer)(?:'s|’s)?\s+(?:notes|comments|remarks|"
                             r"feedback))\s*:", re.IGNORECASE)
# (rules45a) A record's attached files, their names apart by middle dots.
_ATTACHED = re.compile(r"\s*(?:attachments?|attached files?)\s*:", re.IGNORECASE)
# (rules45a) An app's or intranet's account bar: who is signed in ("Logged in as: j.doe@firm",
# "Signed in as M. Ortiz") or the sign-out button among the bar's other buttons ("…  |  Help
# |  Log out"): chrome, whatever the bar's other words.
# (who is signed in: ``skill_trailers.SIGNED_IN``, shared with the list items' check)
_SIGN_OUT_BUTTON = re.compile(r"(?:\||\s{2})\s*(?:log\s?out|sign\s?out)\s*(?:\|\s*)?$",
                              re.IGNORECASE)


def _pager(text: str) -> bool:
    """True for a series' pager: both its links, or one marked with its arrow.

    >>> _pager("← Previous: Baker      Next: Welder →"), _pager("Next: Baker →")
    (True, True)
    >>> _pager("Next: apply online by Friday")
    False
    """
    match = _PAGER.fullmatch(text)
    if match is None:
        return False
    both = len(re.findall(r"\b(?:previous|prev|older|next|newer)\b", text, re.IGNORECASE)) >= 2
    return both or text[:1] in "←«‹" or text[-1:] in "→»›"


def _link_strip(text: str) -> bool:
    """True for a labelled strip of article links separated by " | "."""
    return _LINK_STRIP.match(text) is not None


def _without_citations(text: str) -> str:
    """``text`` without citation and edit markers; a line that was only markers is kept.

    >>> _without_citations("Many begin as drafters.[11] Some move on.[citation needed]")
    'Many begin as drafters. Some move on.'
    >>> _without_citations("[01] SALARY REALITY")
    '[01] SALARY REALITY'
    """
    return _CITATION.sub("", text) if "]" in text else text


def _titles_row(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """``(label, value)`` of a panel row that lists other titles after its label and a
    space ("Alternate Title(s) A, B, C"), or None."""
    words = text.split(" ")
    for size in (1, 2, 3):
        label = " ".join(words[:size])
        if len(words) > size and _known_heading(label, vocab) is Kind.ALIASES:
            return label, _ALIAS_LEAD.sub("", " ".join(words[size:]))
    return None
# A footer strip: links set apart by separators, with a copyright mark among them, or
# nothing but a site's legal links ("Accessibility · Legal notice · Cookies").
_FOOTER_LINK = (r"(?:site policies|privacy(?: policy)?|terms(?: of use| and conditions)?|"
                r"disclaimer|"
                r"accessibility|transparency|do not sell my (?:personal )?info(?:rmation)?|"
                r"site ?map|legal notices?|cookies|cookie policy|imprint|data protection|"
                # a college's consumer-information links; a blog's comment and newsletter links
                r"annual security report|net price calculator|consumer information|"
                r"(?:write|leave) a comment|load more comments|newsletter|"
                # a UK firm's statement under the Modern Slavery Act, linked from every page
                r"modern slavery statement|"
                # (carry48) a course seller's refund terms; an app's short terms link
                r"(?:cancellation|refund) policy|t\s?&\s?cs?)")
# A social network's link in a footer.
_SOCIAL = r"(?:linkedin|facebook|instagram|x|twitter|youtube|tiktok|threads|bluesky|mastodon)"
# (a dash set apart by spaces parts a footer's links too: "Union – 2 rue X – © 2026 – Legal")
# ("Disclaimer | Privacy | Copyright © NSW Health": the word before the mark too)
_FOOTER = re.compile(r"(?:(?:[·|•]|\s[–—]\s)\s*(?:copyright\s*)?©"
                     r"|©[^·|•–—]{0,60}(?:[·|•]|\s[–—]\s))"
                     r"|(?:[·|•]\s*(?:site policies|privacy policy|"
                     r"terms of use|accessibility|sitemap)\s*(?:\([^()]*\))?\s*[·|•].*[·|•])"
                     rf"|^\s*{_FOOTER_LINK}(?:\s*[·|•]\s*{_FOOTER_LINK}){{2,}}\s*$"
                     # (a contact cell before two such links: "Questions: x@y | A | B"; a
                     # service's name and its phone line: "Royal Navy | 0800 … | A | B")
                     rf"|^[^·|•]{{1,60}}(?:[·|•][\s\d()+-]{{7,20}})?"
                     rf"(?:\s*[·|•]\s*{_FOOTER_LINK}){{2,}}\s*$"
                     # (rules39b) the links, then the firm's name and its registration:
                     # "Privacy · Terms · Modern Slavery Statement · X Ltd, company no. 0123"
                     rf"|^\s*{_FOOTER_LINK}(?:\s*[·|•]\s*{_FOOTER_LINK})+\s*[·|•][^·|•]{{1,80}}"
                     r"\b(?:company|registration|reg\.?|registered|charity)\s*(?:no\.?|number)"
                     r"\s*:?\s*\d[\d ]{4,}\s*$"
                     # (carry39) three links or more, then the firm that owns the site with
                     # its legal form: "Privacy · Terms · Modern Slavery Statement · X Ltd"
                     rf"|^\s*{_FOOTER_LINK}(?:\s*[·|•]\s*{_FOOTER_LINK}){{2,}}\s*[·|•]"
                     r"[^·|•]{1,80}\b(?:ltd|limited|llp|plc|inc|llc|gmbh|s\.?a|b\.?v)\.?\s*$"
                     # (carry48) two links or more, then the app's name and its version:
                     # "T&Cs · Privacy · Crewbase v2.4"
                     rf"|^\s*{_FOOTER_LINK}(?:\s*[·|•]\s*{_FOOTER_LINK})+\s*[·|•]"
                     r"\s*[^·|•]{1,40}\bv\d+(?:\.\d+)+\s*$"
                     # (roles34) the links after a firm's regulatory notice: "… Registered in
                     # England No. 123. Privacy · Cookies · Modern slavery statement"
                     rf"|[.!?]\s+{_FOOTER_LINK}(?:\s*[·|•]\s*{_FOOTER_LINK}){{2,}}\s*$"
                     # a copyright line alone at the page's foot ("© 2027 Lakewood College")
                     r"|^\s*(?:©|\(c\)|copyright)\s*\d{4}\b[^.!?]{0,80}$"
                     # (or with its notices, then its links: "© 2026 X, LLC. Not an offer. Privacy
                     # · Accessibility")
                     rf"|^\s*(?:©|\(c\)|copyright)\s.*\b{_FOOTER_LINK}\s*[·|•]\s*[^·|•]+$"
                     # (rules33a) a strip of the page's own notes ending in its disclosure
                     # link ("Last checked: May 2027 · Sources: … · Affiliate disclosure"),
                     # and a contact strip opening with a label and a mail address ("Rate
                     # queries: x@y · Branch secretary: A. Name · Helpline 0800 …")
                     r"|[·|•]\s*(?:affiliate|advertis(?:er|ing)|editorial)\s+(?:disclosure|"
                     r"policy)\s*$|^[\w ]{2,30}:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[·|•]"
                     # (carry33) or with a desk for queries and ending in a phone line ("Pay
                     # queries: the pay desk · Steward: A. Name · Helpline 0800 111 222")
                     r"|^[\w ]{0,25}\b(?:queries|enquiries|inquiries|questions|contact)\s*:"
                     r"[^·|•]{1,50}[·|•].*[·|•][^·|•\d]*\d{3,5}[ -]?\d{3}[ -]?\d{3,4}\s*$"
                     # (rules35c) a page's social links: "Follow us: LinkedIn | Facebook | X"
                     rf"|^\s*(?:follow|find|connect with)\s+us(?:\s+on)?\s*:?\s*{_SOCIAL}"
                     rf"(?:\s*[·|•,]\s*{_SOCIAL})+\s*$",
                     re.IGNORECASE)
# An attachment's heading in a letter or a contract: "Exhibit A – Position summary".
_ATTACHMENT = re.compile(r"^(?:Exhibit|Appendix|Annex|Schedule|Attachment)\s+[A-Z0-9]{1,3}\s*"
                         r"[–—:-]\s*([A-Z][^.!?]{2,80})$")


_MENU_LINES = 5  # a site menu: this many short lines in a row …
_MENU_KINDS = 3  # … naming sections of at least this many kinds
_MENU_WORDS = 4
_MENU_SMALL = frozenset({"&", "and", "of", "the", "to", "for", "in", "a", "on", "with"})
# A job site's menu in sentence case ("Explore jobs", "Find specific jobs", "Explore
# careers", "Best companies", "Explore companies"): a run of short lines, most opening with
# a verb that invites a click; read as headings, "… companies" would open an employers
# section.
_NAV_VERB = re.compile(r"(?:Explore|Browse|Find|Search|Discover|Compare)\s+[a-z]")
_LINK_LINES = 4  # short lines in a row …
_NAV_LINKS = 3  # … of which this many open with such a verb


def _named_by_head(label: str, vocab: Vocabulary) -> bool:
    """A long label whose first word or two name a list of skills or tools on their own
    ("Skills respondents said they use weekly")."""
    words = label.split()
    if len(words) < _HEADED_LABEL_WORDS:
        return False  # (a short label is read by the heading vocabulary as it is)
    kind = classify_heading(label, vocab.headings)
    # the head goes on as a clause in lower case ("Skills respondents use"); a Title Case
    # run after it is a name ("Knowledge Graph Engineer Career Guide: Duties, Pay")
    return kind in _HEADED_KINDS and any(
        classify_heading(" ".join(words[:size]), vocab.headings) is kind
        and words[size][:1].islower() for size in (1, 2))
# (rules33c: a franchisor's "Owners hiring Studio Managers now", "Franchisees hiring …" above
# the owners' names)
_CARDS_BELOW = re.compile(r"\bhiring\b.*\bnear (?:you|me)$|^(?:companies|employers|owners|"
                          r"franchisees|franchise owners) hiring\b"
                          # an employment service's "Companies that recruit near you"
                          r"|\brecruit(?:ing)? near (?:you|me)\b",
                          re.IGNORECASE)
_RELATED_STRIP = re.compile(r"(?:Related|Other|More|Popular) [a-z]+s(?::(?: .*)?)?$")
_FORM_FIELD = re.compile(r"[^:_]{1,40}:\s*_{3,}")
# A section mark before a short heading, as Japanese and Chinese pages print them, read through a
# translator or not ("■ Job description", "◆ Salary", "【Application requirements】"): a
# section of its own, whatever its words (group 1).
_SECTION_MARK = re.compile(r"\s*(?:[■□◆◇●▼▽★☆]\s*|【\s*)([^\s.!?:;。】][^.!?。】]{0,58}?)\s*】?\s*")
# A form's numbered section ("Section 2 of 5 – Your role", "PART C. GOALS", "Part 3: Review"):
# a heading whatever its words, named by what follows the number (group 1).
_FORM_SECTION = re.compile(r"(?:Section|SECTION|Part|PART)\s+(?:\d{1,2}|[A-H])\b"
                           r"(?:\s+of\s+\d{1,2})?\s*(?:[–—:.-]\s*|\s{2,})([A-Z][^.!?]{1,70})")


def _menus(raw: list[tuple[int, str, bool]], vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """Without the lines of a site menu: a run of short capitalised lines, one after
    another with no blank line, that names sections of several kinds ("Career Interviews",
    "Sector Profiles", "Study Skills", …); read as headings they would open sections."""
    keep = [True] * len(raw)
    for start, stop in _short_runs(raw, _menu_item, _MENU_LINES):
        kinds = [classify_heading(text, vocab.headings) for _, text, _ in raw[start:stop]]
        if (len(_menu_kinds(kinds)) >= _MENU_KINDS
                and not _sections_run(raw[start:stop], kinds, vocab)):
            keep[start:stop] = [False] * (stop - start)
    for start, stop in _short_runs(raw, _link_item, _LINK_LINES):
        if sum(_NAV_VERB.match(text) is not None for _, text, _ in raw[start:stop]) >= (
                _NAV_LINKS):  # "Explore jobs" / "Find specific jobs" / "Best companies"
            keep[start:stop] = [False] * (stop - start)
    for start, stop in _short_runs(raw, _link_item, _MENU_LINES):
        named = [kind for _, text, _ in raw[start:stop]
                 if (kind := classify_heading(text, vocab.headings)) is not Kind.OTHER]
        if start < _LEGEND_START and len(set(named)) >= _MENU_KINDS and any(
                named.count(kind) >= _SAME_KIND_ENTRIES for kind in set(named)):
            # (real47) a map's legend in sentence case: "Potential occupational standard" /
            # "Approved occupational standard" / "Foundation Apprenticeship" / … (a page's
            # own sections, its blank lines lost, name a kind once each)
            keep[start:stop] = [False] * (stop - start)
    for start, stop in _short_runs(raw, _contents_item, _CONTENTS_LINES):
        kinds = [classify_heading(text, vocab.headings) for _, text, _ in raw[start:stop]]
        if _contents_run(raw[start:stop], kinds, raw[stop:]):
            keep[start:stop] = [False] * (stop - start)
    return [item for item, kept in zip(raw, keep, strict=True) if kept]


def _short_runs(raw: list[tuple[int, str, bool]], item: Callable[[tuple[int, str, bool]], bool],
                least: int) -> Iterator[tuple[int, int]]:
    """The runs (start, stop) of ``least`` lines or more that ``item`` accepts, one right
    after another with no blank line."""
    start = 0
    while start < len(raw):
        stop = start
        while stop < len(raw) and item(raw[stop]) and (
                stop == start or raw[stop][0] == raw[stop - 1][0] + 1):
            stop += 1
        if stop - start >= least:
            yield start, stop
        start = max(stop, start + 1)


_CONTENTS_LINES = 3  # a page's own contents: this many section names in a row …
_CONTENTS_AGAIN = 2  # … of which this many head sections further down


def _contents_run(run: list[tuple[int, str, bool]], kinds: list[Kind],
                  below: list[tuple[int, str, bool]]) -> bool:
    """True when a run of short lines is the page's own list of contents ("Typical
    employers" / "Entry routes" / "Key skills" as links near its top): each names a kind of
    section, and some head sections the page prints further down.  Read as headings, the
    last would make the paragraph under it a section of its kind."""
    if Kind.OTHER in kinds or len(set(kinds)) < len(kinds):
        return False  # (a heading over its items names one kind, then plain lines)
    later = {text.strip().lower() for _, text, bullet in below if not bullet}
    return sum(text.strip().lower() in later for _, text, _ in run) >= _CONTENTS_AGAIN


def _menu_kinds(kinds: list[Kind]) -> set[Kind]:
    """The kinds of section a run of short lines names: below its first line when that
    line heads a list, for a "Skills" heading over its items may have items that start
    with a heading's word ("Demand Modelling", "Responsible Sourcing"); a menu names
    several kinds of section below its first entry as well."""
    named = kinds[1:] if kinds[0] in _LIST_KINDS else kinds
    return set(named) - {Kind.OTHER}


_SAME_KIND_ENTRIES = 3  # (real47) a legend at the page's head names one kind this often …
_LEGEND_START = 3  # … in a run of short lines opening within the page's first lines
# (real47) a fact box's value under its label: a list parted by commas, or a figure
_FIELD_VALUE = re.compile(r"\w, \w|\d")


def _sections_run(run: list[tuple[int, str, bool]], kinds: list[Kind],
                  vocab: Vocabulary) -> bool:
    """True when a run of short lines is a page's own sections with their items, its
    blank lines lost, not a menu: a moves heading right above a role's title ("Can Lead
    To" / "Tiling Supervisor"), or two headings each over two or more plain lines ("Top
    Skills" / "Grouting" / "Levelling").  A menu's entries name sections, not items."""
    listed = valued = 0
    for at, kind in enumerate(kinds):
        if kind is Kind.OTHER:
            continue
        following = kinds[at + 1:at + 3]
        if (kind in MOVE_KINDS and following[:1] == [Kind.OTHER]
                and vocab.is_role_title(run[at + 1][1])):
            return True
        listed += len(following) == 2 and following == [Kind.OTHER, Kind.OTHER]
        # (real47) a fact box stacked one field a line: "School Subjects" / "Business,
        # Technical/shop" / "Salary range" / "$25,000 to $40,000": a label over its value, a
        # list parted by commas or a figure (a menu's entries are names, no such values)
        valued += following[:1] == [Kind.OTHER] and _FIELD_VALUE.search(
            run[at + 1][1]) is not None
    return listed >= 2 or valued >= 2


# A line that opens a page's own table of contents ("Guide contents", "In this article,
# you will find:", "On this page"): the short bullets under it name sections further on.
_CONTENTS_OPENER = re.compile(
    r"(?:(?:guide|article|page|post|profile)\s+)?contents|table of contents|on this page|"
    r"jump to(?: a)? section|what(?:'s|’s| is) in this (?:guide|article|post|profile)|"
    r"in this (?:article|guide|post|page|(?:job |career )?profile)(?:,?\s+you(?:'ll|’ll| will)"
    r"(?: learn| find| read)?(?: about)?)?\s*:?", re.IGNORECASE)
_CONTENTS_GAP = 2  # lines from the opener to its first entry, and between entries
_CONTENTS_ENTRY_WORDS = 12  # an entry longer than this is prose: the contents ended


def _contents_lists(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Without a table of contents: its opener and the short bullets right under it (each
    names a section the page prints again; read as items they would be skills or moves of
    the section above)."""
    dropped: set[int] = set()
    for at, (no, text, bullet) in enumerate(raw):
        if bullet or not _CONTENTS_OPENER.fullmatch(text.strip()):
            continue
        entries: list[int] = []
        last = no
        for later in range(at + 1, len(raw)):
            entry_no, entry, entry_bullet = raw[later]
            if not entry_bullet or entry_no > last + _CONTENTS_GAP or len(
                    entry.split()) > _CONTENTS_ENTRY_WORDS:
                break
            entries.append(later)
            last = entry_no
        if not entries:  # (real30) "Table of Contents" over plain lines, one a line
            entries = _plain_contents(raw, at)
        if entries:  # (an opener over no bullets stays: its entries are lines of their own)
            dropped.update((at, *entries))
    return [item for at, item in enumerate(raw) if at not in dropped] if dropped else raw


def _plain_contents(raw: list[tuple[int, str, bool]], at: int) -> list[int]:
    """The plain entries right under a contents opener at ``at``: short lines one after
    another (no blank line), at least :data:`_CONTENTS_LINES`, one of them printed again
    further down as a section's heading; none when the lines under it are no such run (the
    last of them, read as a heading, would take the section after the contents as its own:
    "Apps for ER Nurses" owning the pay below)."""
    entries: list[int] = []
    last = raw[at][0]
    for later in range(at + 1, len(raw)):
        entry_no, entry, bullet = raw[later]
        if entry_no != last + 1 or bullet or not entry[:1].isupper() or len(
                entry.split()) > _CONTENTS_ENTRY_WORDS or entry[-1:] in ".:;,!" or (
                _DIGIT.search(entry)):
            break
        entries.append(later)
        last = entry_no
    if len(entries) < _CONTENTS_LINES:
        return []
    after = {text.strip().lower() for _, text, _ in raw[entries[-1] + 1:]}
    return entries if any(raw[e][1].strip().lower() in after for e in entries) else []


def _contents_item(item: tuple[int, str, bool]) -> bool:
    """A short line that may name a section in a list of contents, in any case."""
    _, text, bullet = item
    return (not bullet and 0 < len(text.split()) <= _MENU_WORDS and text[:1].isupper()
            and _DIGIT.search(text) is None and text[-1:] not in ".:;,?!")


def _link_item(item: tuple[int, str, bool]) -> bool:
    """A line that may be a site's link in sentence case ("Explore careers", "Best
    companies"): a few words, no figure, no end mark."""
    _, text, bullet = item
    return (not bullet and 0 < len(text.split()) <= _MENU_WORDS and text[:1].isupper()
            and _DIGIT.search(text) is None and text[-1:] not in ".:;,?!")


def _menu_item(item: tuple[int, str, bool]) -> bool:
    return _link_item(item) and all(w[:1].isupper() or w in _MENU_SMALL
                                    for w in item[1].split())
# A blank to fill in on a worksheet or form ("Who employs her now? ________").
_BLANK = re.compile(r"_{4,}\s*$")
# (a pay explainer's question after its title is its headline: "X: How much do you earn?")
_INVITATION = re.compile(r":\s+(?!how much\b)[^:?]{0,40}\b(?:us|you|your)\b[^:?]{0,40}\?\s*$",
                         re.IGNORECASE)  # (bounded: linear on any line)
# A contents entry: a section's name, a dot leader and its page number.
_CONTENTS_ENTRY = re.compile(r"[A-Za-z)]\s*(?:\.\s?){4,}\s*\d{1,3}$")
