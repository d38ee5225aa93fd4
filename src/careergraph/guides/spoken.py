"""Transcripts of talk about a job (podcasts, videos) read as running speech.

A transcript cuts speech into timed pieces: WebVTT/SRT cues (a number, a ``00:00:12.200 -->
00:00:15.680`` line, ``<v Speaker 1>`` tags), lines opened by a timestamp ("0:15 My name is
…", "00:00:02.580 | Guys", "(00:21):"), timestamps glued to the first word ("01:10as a
joiner"), a speaker's name with the time above each turn ("Jason Dressel 00:11"), or no
time at all: closed captions open each new speaker's turn with ">>" and wrap its words over
the lines below (a broadcast's or a video site's caption file).  A
sentence or a title broken across two cues is one ("an assistant" / "cheesemaker at X"), so
the cues of one speaker's turn are joined into one line, numbered by its first cue's text.

What is chrome here and read as nothing: cue numbers, timings, speaker tags, stage
directions ("(laughs)"), sponsor reads and discount codes, the chapter list, a "Transcript"
label and the "Up next" / comments trailer.  What structures the speech:

- a chapter list ("Chapters 00:00 Intro | 03:40 Tools & skills | 06:10 Money") heads the
  speech from each chapter's time on;
- an interviewer's question turn ("What do people need to bring, skills-wise?", "Money. Can
  you live on it?") heads the answer after it, when one of its sentences names a section.

Spoken numbers are figures ("seventeen, nineteen dollars an hour" is "$17–$19 an hour").
Vocabulary: ``speech`` in ``data/headings.yaml``.

>>> from careergraph.guides.text import number_lines
>>> page = number_lines("WEBVTT\\n\\n1\\n00:00:01.000 --> 00:00:03.000\\n<v Host>Money. Can "
...     "you live on it?\\n\\n2\\n00:00:03.100 --> 00:00:06.000\\n<v Guest>(laughs) Trainees "
...     "start at\\n\\n3\\n00:00:06.100 --> 00:00:09.000\\n<v Guest>twenty dollars an hour.")
>>> speech = transcript(page)
>>> [(line.no, line.text) for line in speech.lines]
[(5, 'Money'), (9, 'Trainees start at $20 an hour.')]
>>> speech.headings
{5: 'Money'}
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.text import Line, split_sentences

__all__ = ["Speech", "own_job", "spoken_figures", "transcript"]

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# "00:00:12.200 --> 00:00:15.680 align:start": a cue's timing line.
_TIMING = re.compile(rf"\s*{_STAMP}\s*-->\s*{_STAMP}.*")
# A line opened by a timestamp, bracketed or not, with "|" or ":" after it ("(00:21):").
_LEAD_STAMP = re.compile(rf"\s*[\[(]?({_STAMP})[\])]?:?(?:\s*\|)?\s*")
# A timestamp glued to the first word ("01:10as a joiner").
_GLUED = re.compile(rf"\s*({_STAMP})(?=[^\s\d:.,|\-–>])")
# "Jason Dressel 00:11": a speaker's name and the time, alone on a line.
_NAME_STAMP = re.compile(rf"\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,3}})\s+\(?{_STAMP}\)?\s*")
# "JEN: Hello": a speaker's label (capitals, or a short capitalised name) before the words.
_LABEL = re.compile(r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}|Speaker \d+|"
                    r"(?:Host|Guest|Interviewer|Q|A))\s*:\s+(?=\S)")
# "(02:30) – Getting started": one chapter of a list printed a chapter a line.
_LISTED_CHAPTER = re.compile(rf"\s*[\[(]?{_STAMP}[\])]?\s*[-–—]\s+[^.?!]{{1,48}}")
# "Gil Ferreira:" alone on a line (a stamp before it or not): who says the lines below.
_BARE_LABEL = re.compile(r"\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s*:\s*")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>")
_CUE_NUMBER = re.compile(r"\s*\d{1,5}\s*")
# A clock range or a time of day, as a schedule prints them ("5:30 – 6:00", "10:45 pm").
_CLOCK_RANGE = re.compile(rf"\s*{_STAMP}\s*(?:[-–—]\s*{_STAMP}|[ap]\.?m\b)", re.IGNORECASE)
_ANY_STAMP = re.compile(r"\d:\d\d")
# A clock time's "am"/"pm" after its figures ("5:50am"): the time of a diary's entry, no cue.
_MERIDIEM = re.compile(r"[ap]\.?m\b", re.IGNORECASE)
# ">> So how did you start?": a caption's change of speaker (">>>" too, as some print it).
_CHEVRONS = re.compile(r"\s*>>>?\s+(?=\S)")
_CAPTION_TURNS = 3  # turns opened by ">>" that make a caption file
_FIRST_STAMP = 60  # seconds: a recording's first stamp comes this soon
_STAGE = re.compile(r"\((?:[a-z][a-z ]{1,30})\)|\[(?:[a-z][a-z ]{1,30}|TS)\]")
# A chapter in a list: a timestamp then a short title ("03:40 Tools & skills").
_CHAPTER = re.compile(rf"({_STAMP})\s+([^|\d][^|]{{0,48}}?)\s*(?=\||$|\s{_STAMP})")


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


@dataclass(frozen=True)
class Speech:
    """A transcript read as speech: its lines (chrome gone, turns joined), the headings it
    implies (``{line number: heading text}``) and the numbers of the speech's own lines."""

    lines: list[Line]
    headings: dict[int, str] = field(default_factory=dict)
    spoken: frozenset[int] = frozenset()


@dataclass(frozen=True)
class _Words:
    sponsor: tuple[str, ...]
    trailer: tuple[str, ...]
    chrome: frozenset[str]


@cache
def _words() -> _Words:
    raw = bundled_section("speech")

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(str(item).lower() for item in raw.get(key) or ())

    return _Words(phrases("sponsor"), phrases("trailer"), frozenset(phrases("chrome")))


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS)}
_TENS = {word: 10 * (index + 2) for index, word in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}
_SMALL = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?|"
          rf"{'|'.join(sorted(_UNITS, key=len, reverse=True))})")
# "seventeen", "forty-eight thousand", "a hundred and twenty thousand"
_NUMBER = (rf"(?:{_SMALL}|a(?= (?:hundred|thousand)))(?: hundred(?: and)?(?: {_SMALL})?)?"
           r"(?: thousand)?")
_CURRENCY_WORDS = {"dollars": "$", "dollar": "$", "bucks": "$", "pounds": "£", "quid": "£",
                   "euros": "€", "euro": "€"}
# "seventeen, nineteen dollars an hour", "forty-eight to fifty-eight thousand dollars"
_SPOKEN_PAY = re.compile(
    rf"\b({_NUMBER})(?:(,? (?:to|or)|,|-| -) ({_NUMBER}))? ({'|'.join(_CURRENCY_WORDS)})\b",
    re.IGNORECASE)


# "forty-three, £50 an hour": captions print the range's second number as a figure.
_SPOKEN_LOW = re.compile(
    rf"(?<![\w-])({_NUMBER})(,? (?:to|or)|,|-| -) ([$£€])(\d{{1,3}}(?:,\d{{3}})*)\b",
    re.IGNORECASE)


def _number_value(words: str) -> int | None:
    """The value of a spoken number up to the thousands ("forty-eight thousand" is 48000)."""
    total = current = 0
    seen = False
    for word in re.split(r"[- ]+", words.lower()):
        if word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "a":
            current += 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def spoken_figures(text: str) -> str:
    """Spoken amounts of money as figures, so the pay readers see them.

    >>> spoken_figures("they start at like seventeen, nineteen dollars an hour")
    'they start at like $17–$19 an hour'
    >>> spoken_figures("about forty-eight to fifty-eight thousand pounds")
    'about £48,000–£58,000'
    >>> spoken_figures("three wedges for twenty dollars")
    'three wedges for $20'
    >>> spoken_figures("most places pay eighty-two, $95 an hour")
    'most places pay $82–$95 an hour'
    """
    def figure(match: re.Match[str]) -> str:
        low, high = _number_value(match.group(1)), (
            _number_value(match.group(3)) if match.group(3) else None)
        if low is None or (match.group(3) and high is None):
            return match.group(0)
        sign = _CURRENCY_WORDS[match.group(4).lower()]
        if high is not None and high >= 1000 > low:
            low *= 1000  # "forty-eight to fifty-eight thousand": the thousand is shared
        if high is not None and high <= low:
            return match.group(0)
        first = f"{sign}{low:,}"
        return first if high is None else f"{first}–{sign}{high:,}"

    def low_word(match: re.Match[str]) -> str:
        low, sign = _number_value(match.group(1)), match.group(3)
        high = int(match.group(4).replace(",", ""))
        if low is None:
            return match.group(0)
        if high >= 1000 > low:
            low *= 1000  # "forty-eight, $58,000": the thousand is shared
        return f"{sign}{low:,}–{sign}{high:,}" if low < high else match.group(0)

    if any(sign in text for sign in "$£€"):
        text = _SPOKEN_LOW.sub(low_word, text)
    return _SPOKEN_PAY.sub(figure, text) if any(
        word in text.lower() for word in _CURRENCY_WORDS) else text


@dataclass
class _Piece:
    """One timed piece of speech: its line, words, speaker and time."""

    no: int
    text: str
    speaker: str | None
    time: float | None


def _chapters(text: str) -> list[tuple[float, str]] | None:
    """The chapters of a one-line chapter list ("Chapters 00:00 Intro | 01:05 How I started")."""
    found = [(_seconds(stamp), title.strip(" -–|")) for stamp, title in _CHAPTER.findall(text)]
    if len(found) < 2 or any(not title for _, title in found):
        return None
    rising = all(a[0] < b[0] for a, b in itertools.pairwise(found))
    return found if rising else None


def _stamped(lines: Sequence[Line]) -> tuple[str, int]:
    """Which timing the page uses ("cue", "glued", "lead", "name"), by counting its lines."""
    cues = glued = lead = name = 0
    first_lead: float | None = None
    ranged = False
    for _, text in lines:
        if "-->" in text and _TIMING.fullmatch(text):
            cues += 1
        elif _GLUED.match(text):
            glued += 1
        elif _NAME_STAMP.fullmatch(text):
            name += 1
        else:
            match = _LEAD_STAMP.match(text)
            ranged = ranged or bool(_CLOCK_RANGE.match(text))
            if match and len(_CHAPTER.findall(text)) < 2:
                lead += 1
                if first_lead is None:
                    first_lead = _seconds(match.group(1))
    if cues >= 3:
        return "cue", cues
    if glued >= 4:
        return "glued", glued
    if name >= 3:
        return "name", name
    # Plain leading stamps: a recording's clock starts at zero, give or take a jingle (a
    # day's schedule, "05:10 Alarm", "5:30 – 6:00 Muster", "10:45 pm - walk in", does not).
    if lead >= 4 and first_lead is not None and first_lead < _FIRST_STAMP and not ranged:
        return "lead", lead
    turns = _caption_turns(lines)
    return ("caption", turns) if turns >= _CAPTION_TURNS else ("", 0)


def _caption_turns(lines: Sequence[Line]) -> int:
    """How many turns ">>" opens, when the page reads as captions: no line is quoted with a
    single ">" and some turn wraps onto a line of its own (a mail's nested quote marks every
    line, a caption only a turn's first)."""
    turns = wrapped = 0
    for index, (_, text) in enumerate(lines):
        if text.lstrip().startswith(">") and not _CHEVRONS.match(text):
            return 0  # a quoted reply ("> Thanks"), no caption
        if _CHEVRONS.match(text):
            turns += 1
            after = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
            wrapped += bool(after) and not after.startswith(">")
    return turns if wrapped else 0


def _pieces(lines: Sequence[Line], style: str) -> tuple[list[_Piece], set[int]]:
    """The timed pieces of speech and the numbers of every line the transcript spans."""
    pieces: list[_Piece] = []
    span: set[int] = set()
    speaker: str | None = None
    time: float | None = None
    started = False
    note = False
    bare = False
    # a label alone names a speaker when it recurs (a heading such as "Skills:" does not)
    said = Counter(m.group(1) for _, raw in lines if (m := _BARE_LABEL.fullmatch(
        _LEAD_STAMP.sub("", raw, count=1) if _LEAD_STAMP.match(raw) else raw)))
    labels = {name for name, count in said.items() if count >= 2}
    for no, raw in lines:
        text = raw.strip()
        alone = _BARE_LABEL.fullmatch(text)
        if style == "lead" and started and alone and alone.group(1) in labels:
            speaker, bare = alone.group(1), True  # "Gil Ferreira:": the words follow
            span.add(no)
            continue
        if style == "cue":
            if text.startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
                note = text.startswith(("NOTE", "STYLE", "REGION"))
                span.add(no)
                continue
            if note:
                note = bool(text)
                span.add(no)
                continue
            if "-->" in text and _TIMING.fullmatch(text):
                started = True
                time = _seconds(text.split("-->")[0].strip())
                span.add(no)
                continue
            if not started:
                continue
            if not text or _CUE_NUMBER.fullmatch(text):
                span.add(no)
                continue
        elif style == "caption":
            chevrons = _CHEVRONS.match(text)
            if chevrons:  # a new speaker: captions name nobody, so the two voices alternate
                started = True
                speaker = "1" if speaker == "2" else "2"
                text = text[chevrons.end():]
            elif not started:
                continue
            elif not text:
                break  # a blank line ends the captions
        else:
            named = _NAME_STAMP.fullmatch(text) if style == "name" else None
            if named:
                speaker, started = named.group(1), True
                span.add(no)
                continue
            match = (_GLUED if style == "glued" else _LEAD_STAMP).match(text)
            if match and len(_CHAPTER.findall(text)) < 2:
                started = True
                time = _seconds(match.group(1))
                text = text[match.end():].strip()
                label = _BARE_LABEL.fullmatch(text)
                if label and label.group(1) in labels:  # "[00:00:11] Gil Ferreira:"
                    speaker, text = label.group(1), ""
                bare = not text  # "(00:21):" alone: the words follow on lines of their own
            elif not started or (not text and bare):
                continue
            elif not text or (style != "name" and not match and not bare):
                break  # the first line after the timed speech ends the transcript
            span.add(no)
        voice = _VOICE.match(text)
        if voice:
            speaker = voice.group(1).strip()
        label = _LABEL.match(text) if not voice else None
        if label:
            speaker = label.group(1)
            text = text[label.end():]
        text = _STAGE.sub(" ", _TAG.sub("", text))
        text = re.sub(r"\s+", " ", text).strip()
        span.add(no)
        if text:
            pieces.append(_Piece(no, text, speaker, time))
    return pieces, span


def _is_chrome(text: str, words: _Words) -> bool:
    """A line of the player's or the file's own ("Transcript", "[END OF TRANSCRIPT]")."""
    return text.strip().strip("[]()").strip().lower() in words.chrome


def _not_sponsor(sentence: str, words: _Words) -> bool:
    lowered = sentence.lower()
    return not any(cue in lowered for cue in words.sponsor)


def _turns(pieces: Sequence[_Piece]) -> list[list[_Piece]]:
    turns: list[list[_Piece]] = []
    for piece in pieces:
        if turns and turns[-1][-1].speaker == piece.speaker:
            turns[-1].append(piece)
        else:
            turns.append([piece])
    return turns


_FILLER = re.compile(r"^(?:(?:and|so|okay|ok|well|right|now|but|alright|yeah|um|uh)[,.]?\s+)+",
                     re.IGNORECASE)


def _heading_of(sentences: Sequence[str], classify: Callable[[str], str | None]) -> str:
    """The sentence of an interviewer's turn that names a section ("Money.", "What do people
    need to bring, skills-wise?"), as a heading; else the turn's last question, a heading
    that names no section ("Any last advice?" ends the one before)."""
    for sentence in sentences:
        bare = _FILLER.sub("", sentence).strip()
        if bare and len(bare.split()) <= 14 and classify(bare.rstrip(".!")) is not None:
            return bare.rstrip(".!")
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    return _FILLER.sub("", asked[-1]).strip() if asked else sentences[-1]


def transcript(lines: Sequence[Line],
               classify: Callable[[str], str | None] | None = None) -> Speech | None:
    """The page as speech when it is a transcript (see the module), else None.

    ``classify`` names a heading's section (the heading vocabulary's ``classify``); the
    interviewer's turns and chapter titles it names head the speech after them.
    """
    whole = "\n".join(text for _, text in lines)
    if not _ANY_STAMP.search(whole) and ">>" not in whole:
        return None  # most pages print no time stamp: one scan (no stamp spans two lines)
    listed = {no for no, text in lines if _LISTED_CHAPTER.fullmatch(text)}
    if len(listed) >= 2:  # a chapter list a line each is no speech (its times may be another
        lines = [line for line in lines if line.no not in listed]  # clock's): chrome
    style, count = _stamped(lines)
    if not style:
        return None
    if classify is None:
        from careergraph.guides.headings import load_headings

        classify = load_headings().classify
    words = _words()
    pieces, span = _pieces(lines, style)
    if not pieces:
        return None
    chapters: list[tuple[float, str]] = []
    chapter_lines: set[int] = set()
    for no, text in lines:
        if no not in span and (found := _chapters(text)) is not None:
            chapters, chapter_lines = found, {no}
    main = _main_speaker(pieces)
    out: list[Line] = []
    headings: dict[int, str] = {}
    spoken: set[int] = set()
    first, last = min(span), max(span)
    trailer = False
    for no, text in lines:
        if style == "glued" and (no < first or no > last):
            # (a glued stamp on a line outside the timed run, past a heading: "00:18:40Trainee
            # Arborist, then …" — the time is no part of the words)
            glued = _GLUED.match(text)
            text = text[glued.end():] if glued and not _MERIDIEM.match(text, glued.end()) else text
        if no < first:
            if no not in chapter_lines and not _is_chrome(text, words):
                out.append(Line(no, text))
            continue
        if no <= last:
            continue
        trailer = trailer or text.strip().lower().rstrip(":") in words.trailer
        if not trailer and not _is_chrome(text, words):
            out.append(Line(no, text))
    body: list[Line] = []
    next_chapter = 0
    for turn in _turns(pieces):
        parts, next_chapter = _chaptered(turn, chapters, next_chapter)
        for part in parts:
            at = part.pieces[0].no
            if part.heading is not None:
                # the chapter's title takes its first line's number, its speech the next (or
                # the same one, when the chapter is one timed line)
                headings[at] = part.heading
                body.append(Line(at, part.heading))
                at = part.pieces[1].no if len(part.pieces) > 1 else at
            text = " ".join(piece.text for piece in part.pieces)
            sentences = [s for s in split_sentences(text) if _not_sponsor(s, words)]
            asking = main is not None and part.pieces[0].speaker not in (None, main)
            # an interviewer's questions hold no facts; what they state may
            told = [s for s in sentences if not (asking and s.rstrip().endswith("?"))]
            if not sentences:
                continue
            heading = _heading_of(sentences, classify) if asking and "?" in text else None
            said = spoken_figures(" ".join(told))
            if heading is not None:
                nos = [piece.no for piece in part.pieces]
                # the interviewer's words stay (an introduction names the guest's employer);
                # the heading takes the turn's last line so the answer follows it
                if len(nos) > 1 and said:
                    body.append(Line(nos[0], said))
                    spoken.add(nos[0])
                headings[nos[-1]] = heading
                body.append(Line(nos[-1], heading))
                continue
            if said:
                body.append(Line(at, said))
                spoken.add(at)
    merged = sorted(out + body, key=lambda line: line.no)  # (stable: a title before its words)
    return Speech(merged, headings, frozenset(spoken)) if count else None


def _main_speaker(pieces: Sequence[_Piece]) -> str | None:
    talk: dict[str, int] = {}
    for piece in pieces:
        if piece.speaker is not None:
            talk[piece.speaker] = talk.get(piece.speaker, 0) + len(piece.text.split())
    return max(talk, key=lambda name: talk[name]) if len(talk) >= 2 else None


@dataclass(frozen=True)
class _Part:
    heading: str | None
    pieces: list[_Piece]


def _chaptered(turn: list[_Piece], chapters: Sequence[tuple[float, str]],
               start: int) -> tuple[list[_Part], int]:
    """A turn cut where a chapter begins (each cut part opens with the chapter's title), and
    the index of the next chapter."""
    parts: list[_Part] = [_Part(None, [])]
    index = start
    for piece in turn:
        if (index < len(chapters) and piece.time is not None
                and piece.time >= chapters[index][0]):
            while index + 1 < len(chapters) and piece.time >= chapters[index + 1][0]:
                index += 1
            parts.append(_Part(chapters[index][1], [piece]))
            index += 1
            continue
        parts[-1].pieces.append(piece)
    return [part for part in parts if part.pieces], index


# The speaker's own job as a guest introduces it: "I'm a luthier, I make guitars", "who is a
# cheesemaker at Larkspur Creamery", "I work as a farrier".
_OWN_JOB = re.compile(r"\b(?:I'm|I am|I work as|who is|who's|she's|he's|she is|he is|"
                      r"presenter is)\s+an?\s+"
                      r"([a-z][a-z-]*(?: [a-z][a-z-]*){0,3}?)(?=\s*[,.;!?]|\s+(?:at|in|for|with|"
                      r"and|who|up|down|based|from)\b)", re.IGNORECASE)


def own_job(lines: Sequence[Line], title: Callable[[str], str | None]) -> tuple[str, int] | None:
    """The job a transcript's guest holds, as the talk introduces it ("I'm a luthier", "who is
    a cheesemaker at X"), with its line; ``title`` names a phrase's role title or None.

    >>> from careergraph.guides.text import number_lines
    >>> own_job(number_lines("Hi, I'm Jo, I'm a farrier, and today …"), str.title)
    ('Farrier', 1)
    """
    for no, text in lines:
        for match in _OWN_JOB.finditer(text):
            named = title(match.group(1))
            if named is not None:
                return named, no
    return None
