"""A recruiter's e-mail or an agency's newsletter: what is the message, what is the mail's
chrome, and which job the message is about.

An e-mail pasted as text opens with header fields ("From:", "To:", "Date:", "Subject:"),
may carry a security banner ("[EXTERNAL EMAIL] …"), greets ("Hi Arvind,", "Dear all,"),
signs off ("Best regards,") above a signature (name, own title, agency, licence numbers,
phones, a confidentiality notice), and quotes the earlier messages of its thread below
("-----Original Message-----", "> On 14 Nov …, X wrote:", every line opened by "> ").  A
newsletter opens with "View this email in your browser" and image placeholders and ends
with share and unsubscribe lines.  The quoted messages are part of the page (the first
outreach states the duties and requirements); everything else named above is chrome.

The job is the subject's title ("RE: Marine Surveyor (Hull & Machinery) - Singapore -
SGD 7.5-9k" is a Marine Surveyor's), the title before "pay", "salaries" or "jobs" in a
bulletin's subject ("… – CRA pay is moving") that the mail names three times, or the
pitch's "a permanent X position" / "this X role".  The phrasings are data (``mail`` in
``data/headings.yaml``).

>>> page = mail_page([(1, "From: Ann <ann@x.example>"), (2, "Subject: RE: Tiler - Leeds"),
...     (4, "Hi Sam,"), (5, "The Tiler role pays £30k."), (6, "Best regards,"), (7, "Ann"),
...     (8, "Ann Lee | Senior Consultant"), (10, "> Dear Sam,"), (11, "> - Lay tiles")],
...     lambda title: title == "Tiler")
>>> page.role, sorted(page.chrome)
(('Tiler', 2), [1, 2, 4, 6, 7, 8, 10])
>>> page.text[11]
'- Lay tiles'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from careergraph.guides.headings import bundled_section

__all__ = ["MailPage", "MailWords", "correspondents", "mail_page", "mail_words", "signed_line",
           "unsigned_title"]

_HEAD_LINES = 12  # a mail's header fields stand among its first lines
_MIN_FIELDS = 2
_MAX_GREETING_WORDS = 6
_MAX_SIGN_OFF_WORDS = 4
_MAX_TITLE_WORDS = 6
_MENTIONS = 3  # a bulletin's subject title is the role when the mail names it this often
_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z-]{1,12})\s*:\s*(.*)$")
_QUOTE = re.compile(r"^\s*>\s?")
_REPLY = re.compile(r"^(?:(?:RE|Re|re|FW|Fw|FWD|Fwd|AW|WG|TR)\s*:\s*)+")
_BRACKET = re.compile(r"\s*\([^()]*\)")
_DASHES = re.compile(r"\s+[-–—|]\s+")
_SENTENCE_END = re.compile(r"(?<=\w{3})\.\s+")  # "LLP. The salary …": a sentence ends the name
_TITLE = r"(?:[A-Z][\w&'’/-]*\s+){0,4}[A-Z][\w&'’/-]*"
# (rules52b) A receipt's subject names the job, then the firm: "Application sent: X at Acme".
_AT_FIRM = re.compile(r"\s+at\s+[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,5}$")
# (rules57a) A subject's acronym for the job ("SEA for signature — ETO — …", "Offer — QS —
# …"), spelt out in the mail before it in a bracket ("Capacity: Electro-Technical Officer
# (ETO)"): the title whose words' initials spell it.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_SPELT_WORDS = r"((?:[A-Z][\w'’]*[ -]){1,5}[A-Z][\w'’]*)\s*\("
_CAPITAL_WORD = re.compile(r"[A-Z][\w'’]*")
# (rules58b) A class's grade after its title in a subject: "Permit Technician II".
_GRADE_AFTER = re.compile(r"\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")


def _spelt_out(acronym: str, page: str, is_role: Callable[[str], bool]) -> str | None:
    """The role title ``page`` spells ``acronym`` out as, in a bracket after the title.

    >>> _spelt_out("ETO", "Capacity: Electro-Technical Officer (ETO)", lambda t: True)
    'Electro-Technical Officer'
    >>> _spelt_out("ETO", "Our ETO (Emergency Team Office)", lambda t: True) is None
    True
    """
    for match in re.finditer(_SPELT_WORDS + re.escape(acronym) + r"\)", page):
        words = list(_CAPITAL_WORD.finditer(match.group(1)))
        for start in range(len(words) - len(acronym) + 1):  # (capitals before it dropped)
            if "".join(word.group()[0] for word in words[start:]) == acronym:
                title = match.group(1)[words[start].start():]
                if is_role(title):
                    return title
    return None


@dataclass(frozen=True)
class MailWords:
    """The vocabulary of mails (``mail`` in ``data/headings.yaml``)."""

    fields: frozenset[str]
    greetings: re.Pattern[str]
    sign_offs: re.Pattern[str]
    chrome: re.Pattern[str]
    thread: re.Pattern[str]
    notices: re.Pattern[str]
    subject_nouns: re.Pattern[str]
    pitch: re.Pattern[str]
    client: re.Pattern[str]
    duty_leads: frozenset[str]
    pitch_tail: re.Pattern[str]
    subject_leads: re.Pattern[str]
    headline: re.Pattern[str]

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> MailWords:
        """Build from the YAML's ``mail`` mapping."""

        def alternatives(key: str) -> str:
            return "|".join(str(w) for w in raw.get(key) or ()) or "(?!)"

        def phrases(key: str) -> str:
            return "|".join(re.escape(str(w)) for w in raw.get(key) or ()) or "(?!)"

        return cls(
            frozenset(str(w).lower() for w in raw.get("fields") or ()),
            re.compile(rf"^(?:{phrases('greetings')})\b[^.!?]*[,!:]?$", re.IGNORECASE),
            re.compile(rf"^(?:{phrases('sign_offs')})[,!.]?$", re.IGNORECASE),
            re.compile(rf"(?:{alternatives('chrome')}|{alternatives('thread')})",
                       re.IGNORECASE),
            re.compile(rf"(?:{alternatives('thread')})", re.IGNORECASE),
            re.compile(rf"^(?:{alternatives('notices')})", re.IGNORECASE),
            re.compile(rf"(?:^|\s)(?P<title>{_TITLE})\s+(?i:{phrases('subject_nouns')})\b"),
            re.compile(rf"\b(?:an?|this|the|our)\s+(?:(?i:{phrases('pitch_words')})\s+)*"
                       rf"(?P<title>{_TITLE})(?:\s*\([^()]*\))?\s+"
                       rf"(?:{phrases('pitch_nouns')})\b"),
            re.compile(rf"\b(?i:{phrases('client_cues')}),?\s+(?P<org>[A-Z][\w&'’.-]*"
                       r"(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,6})"),
            frozenset(str(w).lower() for w in raw.get("duty_leads") or ()),
            re.compile(rf"\s+(?i:{phrases('pitch_nouns')})\s*$"),
            re.compile(rf"^(?i:{phrases('subject_leads')})\s+(?=[A-Z])"),
            re.compile(rf"^\W*(?i:{phrases('headline_labels')})\s*[-–—:|]\s*(?P<rest>.+)$"))


# (rules58b) A mailbox's display name before its address: "Ann Lee <ann@x.example>", or a
# directory's "Lee, Ann <ann@x.example>" (surname first).
_MAILBOX = re.compile(r"([A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’.-]*){1,3})\s*<[^<>@\s]+@[^<>\s]+>")
# A signature's name, then its title or credentials: "Ann Lee | Clinic Manager",
# "Ann Lee, RN | …", "Ann Lee – Head of Sales".
_SIGNED_AFTER = re.compile(r"\s*(?:,|\||[-–—]\s)")


def correspondents(lines: Sequence[str]) -> frozenset[str]:
    """(rules58b) The people (lower case, given name first) a mail's headers address:
    their names sign the messages and open the subjects, never as a job's title.

    >>> sorted(correspondents(["From: Lee, Ann <al@x.example>", "To: Bo Kim <bo@y.example>"]))
    ['ann lee', 'bo kim']
    """
    names: set[str] = set()
    for text in lines:
        if "@" not in text:  # (no pattern to run)
            continue
        for match in _MAILBOX.finditer(text):
            name = match.group(1)
            surname, comma, given = name.partition(",")
            names.add(" ".join((given.split() + surname.split()) if comma else name.split())
                      .lower())
    return frozenset(names)


def signed_line(text: str, people: frozenset[str]) -> bool:
    """(rules58b) ``text`` is a signature's line: one of ``people`` (``correspondents``),
    then a comma, a bar or a dash before the writer's own title ("Ann Lee | Clinic
    Manager | Outpatient Services"), which names the writer's post, never the page's role.

    >>> signed_line("Ann Lee | Clinic Manager", frozenset({"ann lee"}))
    True
    >>> signed_line("Ann Lee's caseload grew.", frozenset({"ann lee"}))
    False
    """
    lowered = text.strip().lower()
    return any(lowered.startswith(name) and _SIGNED_AFTER.match(lowered, len(name))
               for name in people)


def unsigned_title(title: str, people: frozenset[str]) -> str:
    """(rules58b) ``title`` less a correspondent's name and its comma before it: a
    subject's "Resignation - Ann Lee, Physiotherapist" names the writer's post.

    >>> unsigned_title("Ann Lee, Physiotherapist", frozenset({"ann lee"}))
    'Physiotherapist'
    """
    lowered = title.lower()
    for name in people:
        if lowered.startswith(name + ",") and title[len(name) + 1:].strip():
            return title[len(name) + 1:].strip()
    return title


@cache
def mail_words() -> MailWords:
    """The bundled mail vocabulary."""
    return MailWords.from_mapping(bundled_section("mail"))


@dataclass
class MailPage:
    """What a mail states about itself: its job, its chrome, its lines unquoted."""

    role: tuple[str, int] | None = None
    #: Lines that are the mail's chrome (headers, greetings, signatures, notices, footers).
    chrome: set[int] = field(default_factory=set)
    #: Lines whose text changes: quoted lines without their "> ", chrome lines blanked.
    text: dict[int, str] = field(default_factory=dict)
    #: The recruiter's client ("with my client Harbour Foods, a …"): the job's employer.
    employers: list[tuple[str, int]] = field(default_factory=list)
    #: The bullets under a duties lead-in ("What you'd be doing:"), each with its line.
    duties: list[tuple[int, str]] = field(default_factory=list)
    #: (rules58b) The people its headers address (``correspondents``), lower case.
    people: frozenset[str] = frozenset()


def _header_field(text: str, words: MailWords) -> bool:
    match = _FIELD.match(text)
    return match is not None and match.group(1).lower() in words.fields


def _is_mail(lines: Sequence[tuple[int, str]], words: MailWords) -> bool:
    head = [text for _, text in lines if text.strip()][:_HEAD_LINES]
    return sum(_header_field(text, words) for text in head) >= _MIN_FIELDS or any(
        words.chrome.search(text) and "browser" in text.lower() for text in head)


def _subject_role(subject: str, words: MailWords, is_role: Callable[[str], bool],
                  page: str) -> str | None:
    """The job a subject line names: its first part when that is a title ("Marine Surveyor
    (Hull & Machinery) - Singapore - SGD 7.5-9k"), else a title before "pay", "jobs" …
    that the mail names often ("Bulletin #47 – CRA pay is moving")."""
    subject = _REPLY.sub("", subject.strip())
    for part in _DASHES.split(subject):
        label, colon, rest = part.partition(":")
        if colon and rest.strip() and not is_role(label.strip()):
            part = rest  # "Application: Dental Nurse": the subject's label is no title
        # (rules48b) "Your promotion to X": the move's words, no words of the title
        part = words.subject_leads.sub("", part.strip(), count=1)
        title = words.pitch_tail.sub("", _BRACKET.sub("", part).strip())  # "X opportunity"
        if title and len(title.split()) <= _MAX_TITLE_WORDS and is_role(title):
            return title
        graded = _GRADE_AFTER.sub("", title) if title[-1:] in "IVX" else title
        if graded != title and is_role(graded):
            return graded  # (rules58b) "PIP - Permit Technician II - K. Lee": the role at a grade
        if _ACRONYM.fullmatch(title) and (spelt := _spelt_out(title, page, is_role)):
            return spelt  # (rules57a) "ETO", spelt "Electro-Technical Officer (ETO)"
        firm = _AT_FIRM.search(title) if " at " in title else None
        if firm is not None and is_role(title[:firm.start()]):
            return title[:firm.start()]  # (rules52b) "Application sent: X at Acme Foods"
    for match in words.subject_nouns.finditer(subject):
        title = match.group("title")
        title = " ".join(w for w in title.split() if w.isupper() or w[:1].isupper())
        mentions = len(re.findall(rf"\b{re.escape(title)}s?\b", page))
        if title and (is_role(title) or mentions >= _MENTIONS):
            return title
    return None


def _headline_role(lines: Sequence[tuple[int, str]], words: MailWords,
                   is_role: Callable[[str], bool], page: str) -> tuple[str, int] | None:
    """(rules52b) The job a newsletter's headline features, read as a subject is
    ("⭐ FEATURED CANDIDATE — Dental Nurse (RDN) — Bristol — available now")."""
    for no, text in lines:
        match = words.headline.match(text.strip())
        title = match and _subject_role(match.group("rest"), words, is_role, page)
        if title:
            return title, no
    return None


def _pitch_role(lines: Sequence[tuple[int, str]], words: MailWords,
                is_role: Callable[[str], bool]) -> tuple[str, int] | None:
    """The job the message pitches: "about a permanent X position", "this X role"."""
    for no, text in lines:
        for match in words.pitch.finditer(text):
            if is_role(match.group("title")):
                return match.group("title"), no
    return None


# "Senior X openings with A, B and C": the companies a bulletin's openings are with.
_OPENINGS_WITH = re.compile(r"\b(?:openings|vacancies|roles|positions|jobs)\s+(?:with|at)\s+"
                            r"(?P<names>[A-Z][^.;:!?]*?)(?=[.;:!?]|$)")
_DASH_ITEM = re.compile(r"^\s*[-•*▪]\s+")


def _duties(lines: Sequence[tuple[int, str]], words: MailWords) -> list[tuple[int, str]]:
    """The bullets right under a duties lead-in ("What you'd be doing:", "Duties:")."""
    found: list[tuple[int, str]] = []
    under = False
    for no, text in lines:
        stripped = text.strip()
        if stripped.rstrip(":").lower() in words.duty_leads and stripped.endswith(":"):
            under = True
        elif under and _DASH_ITEM.match(stripped):
            found.append((no, _DASH_ITEM.sub("", stripped)))
        else:
            under = False
    return found


def _paragraphs(lines: Sequence[tuple[int, str]], chrome: set[int]) -> list[tuple[int, str]]:
    """The message's paragraphs, each as one line (a hard-wrapped "my client" / "Swan River
    Geoscience" read whole) with the number of its first line."""
    found: list[tuple[int, str]] = []
    last = -1
    for no, text in lines:
        if no in chrome or not text.strip():
            continue
        if found and no == last + 1:
            found[-1] = (found[-1][0], f"{found[-1][1]} {text.strip()}")
        else:
            found.append((no, text.strip()))
        last = no
    return found


def mail_page(lines: Sequence[tuple[int, str]],
              is_role: Callable[[str], bool]) -> MailPage | None:
    """The chrome and the job of an e-mail or a newsletter (``lines``: number and text, in
    order; ``is_role`` tells a role title), or None when the page is no mail."""
    words = mail_words()
    if not _is_mail(lines, words):
        return None
    found = MailPage(people=correspondents([text for _, text in lines]))
    unquoted: list[tuple[int, str]] = []
    for no, text in lines:
        if _QUOTE.match(text) and not text.lstrip().startswith(">>"):
            text = _QUOTE.sub("", text, count=1)
            found.text[no] = text
        unquoted.append((no, text))
    page = "\n".join(text for _, text in unquoted)
    subject: tuple[str, int] | None = None
    signature = False  # below a sign-off: its signature, up to a quoted message
    notice = False  # inside a confidentiality notice's paragraph
    quoted = set(found.text)
    for no, raw in unquoted:
        text = raw.strip()
        if not text:
            notice = False
            continue
        if no in quoted and no - 1 not in quoted:
            signature = False  # a quoted message starts: the signature above it has ended
        field_match = _FIELD.match(text)
        if field_match is not None and field_match.group(1).lower() in words.fields:
            found.chrome.add(no)
            signature = notice = False  # a quoted message's header: its body follows
            if field_match.group(1).lower() == "subject" and subject is None:
                subject = (field_match.group(2), no)
            continue
        if words.chrome.search(text):
            found.chrome.add(no)
            signature = signature and not words.thread.search(text)
            continue
        if signature or notice or text == "--" or (
                len(text.split()) <= _MAX_GREETING_WORDS and words.greetings.match(text)):
            found.chrome.add(no)
            continue
        if words.notices.match(text):
            found.chrome.add(no)
            notice = True  # a confidentiality notice runs to its paragraph's end
            continue
        if len(text.split()) <= _MAX_SIGN_OFF_WORDS and words.sign_offs.match(text):
            found.chrome.add(no)
            signature = True  # the name, title, agency and phones below it
    for no in found.chrome:
        found.text[no] = ""
    if subject is not None:
        title = _subject_role(subject[0], words, is_role, page)
        if title is not None:
            found.role = (title, subject[1])
    if found.role is None:
        found.role = _headline_role(unquoted[:_HEAD_LINES * 2], words, is_role, page)
    found.duties = _duties(unquoted, words)
    for no, text in _paragraphs(unquoted, found.chrome):
        for opening in _OPENINGS_WITH.finditer(text):  # "… openings with A, B and C"
            names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+",
                                                 opening.group("names")) if n.strip()]
            if names and all(n[:1].isupper() and len(n.split()) <= _MAX_TITLE_WORDS
                             for n in names):
                found.employers += [(name, no) for name in names]
    for no, text in unquoted:  # (the names read above are no list of skills)
        listed = _OPENINGS_WITH.search(text) if no not in found.chrome else None
        if listed is not None and any(name in listed.group("names")
                                      for name, _ in found.employers):
            found.text[no] = text[: listed.start("names")] + text[listed.end("names"):]
    for no, text in _paragraphs(unquoted, found.chrome):
        found.employers += [(_SENTENCE_END.split(m.group("org"))[0].rstrip(".,"), no)
                            for m in words.client.finditer(text)]
    if found.role is None:
        found.role = _pitch_role([(no, text) for no, text in unquoted if no not in found.chrome],
                                 words, is_role)
    return found
