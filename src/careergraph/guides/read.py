"""Bytes to text to guides: decoding checks, layout detection and dispatch.

>>> g = parse_text("Data Engineer\\nCareer Guide\\nCan Lead To\\nStaff Data Engineer", "d.txt")
>>> g.layout.value, g.role.text, g.leads_to[0].source.label
('card', 'Data Engineer', 'd.txt:4')
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.layout import detect_layout
from careergraph.guides.section_kinds import Kind, classify_heading
from careergraph.guides.seen_text import seen_page
from careergraph.guides.stacked_extremes import stacked_extremes
from careergraph.guides.text import guide_lines
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import Guide, Layout

__all__ = [
    "JSONLD_SUFFIXES",
    "MAX_BYTES",
    "STRUCTURED_SUFFIXES",
    "decode",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "preload_readers",
    "read_guide_bytes",
]

def preload_readers() -> None:
    """Import every layout's reader now.  They are imported on first use otherwise: a
    rebuild after editing one card guide needs no long-form, structured or schema.org
    reader (about 0.3 s of its imports), and one that parses no guide (a removal) no
    reader at all."""
    from careergraph.guides import card, longform, schema_org, structured  # noqa: F401


#: Guide files larger than this are refused (a guide is a few kilobytes).
MAX_BYTES = 5 * 1024 * 1024
STRUCTURED_SUFFIXES = (".yaml", ".yml", ".json")
#: JSON-LD markup (schema.org ``Occupation``); ``.json`` files holding it are read too.
JSONLD_SUFFIXES = (".jsonld",)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def _utf16_codec(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the bytes look like UTF-16 text: a byte-order mark, or (no
    mark) the NUL byte that nearly every character of Latin-script UTF-16 has, always on the
    same side and never on the other."""
    if data[:2] in _UTF16_BOMS:
        return _UTF16_BOMS[data[:2]]
    head = data[: min(len(data), 1024) // 2 * 2]
    if len(head) < 4 or b"\x00" not in head:
        return None  # no NUL byte: not UTF-16 (the common case, one memchr)
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if even == 0 and odd >= 0.9 * pairs:
        return "utf-16-le"
    if odd == 0 and even >= 0.9 * pairs:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, codec: str, file: str) -> str:
    skip = 2 if data[:2] in _UTF16_BOMS else 0
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        raise GuideError(
            file, 1, f"damaged {codec.upper()} text at byte offset {exc.start + skip}",
            hint="save the file as UTF-8",
        ) from exc
    nul = text.find("\x00")
    if nul != -1:
        raise GuideError(
            file, text.count("\n", 0, nul) + 1,
            f"binary content: NUL character in {codec.upper()} text",
            hint="guides are UTF-8 or UTF-16 text, YAML or JSON",
        )
    return text


def read_guide_bytes(path: Path, label: str) -> bytes:
    """The bytes of one guide file, or a :class:`GuideError` naming ``label``.

    Only regular files are read: a FIFO, socket or device is refused without blocking (it is
    opened non-blocking and checked before any read), and a file over :data:`MAX_BYTES` is
    refused after reading just past the limit.

    >>> try:
    ...     read_guide_bytes(Path("/nonexistent/x.txt"), "x.txt")
    ... except GuideError as err:
    ...     print(err)
    x.txt:1: cannot read file: No such file or directory
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise GuideError(label, 1, f"cannot read file: {exc.strerror or exc}") from exc
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise GuideError(label, 1, "not a regular file (a FIFO, socket or device)",
                             hint="give guide files or folders")
        with os.fdopen(os.dup(fd), "rb") as handle:
            # A read sized to the file: asking for MAX_BYTES allocates (and maps) that much
            # for every file, three quarters of the CPU of reading a 10,000-guide corpus.
            data = handle.read(min(status.st_size, MAX_BYTES) + 1)
            if len(data) <= status.st_size or len(data) > MAX_BYTES:
                return data
            return data + handle.read(MAX_BYTES + 1 - len(data))  # it grew meanwhile
    except OSError as exc:
        raise GuideError(label, 1, f"cannot read file: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def decode(data: bytes, file: str) -> str:
    """Guide bytes as text; UTF-8 (with or without BOM) or UTF-16 (a BOM, or the pattern of
    NUL bytes ASCII text has in UTF-16).  Refuses empty, oversized, binary and other input.

    >>> decode(b"\\xef\\xbb\\xbfLead", "x.txt")
    'Lead'
    >>> decode("Lead".encode("utf-16"), "x.txt")
    'Lead'
    >>> try:
    ...     decode(b"ok\\nbad \\xff", "x.txt")
    ... except GuideError as err:
    ...     print(err.line, err.problem)
    2 not UTF-8 text: byte 0xff at offset 7
    """
    if len(data) > MAX_BYTES:
        raise GuideError(
            file,
            1,
            f"file is over the {MAX_BYTES}-byte limit",
            hint="a guide is a few kilobytes; is this the right file?",
        )
    codec = _utf16_codec(data)
    text = _decode_utf16(data, codec, file) if codec else _decode_utf8(data, file)
    if not text.strip():
        raise GuideError(file, 1, "empty guide file")
    return text


def _decode_utf8(data: bytes, file: str) -> str:
    nul = data.find(b"\x00")
    if nul != -1:
        raise GuideError(
            file,
            _line_of(data, nul),
            f"binary content: NUL byte at offset {nul}",
            hint="guides are UTF-8 or UTF-16 text, YAML or JSON",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        offset = exc.start + bom
        raise GuideError(
            file,
            _line_of(data, offset),
            f"not UTF-8 text: byte 0x{data[offset]:02x} at offset {offset}",
            hint="save the file as UTF-8",
        ) from exc


# A job title's gender marker ("Lift fitter (m/w/d)", "Chef de rang (H/F)", "Welder (all
# genders)"): German, Austrian, Swiss and French postings mark every title so; it annotates
# the post and is no part of its title.
# ("Lift fitter (m/w/d)  -  Aufzugsmonteur*in, Graz" reads "Lift fitter, Graz".)

_GENDER_MARK = re.compile(
    r"[ \t]*\((?:[mwfd]\s?/\s?[mwfd]\s?/\s?(?:[mwfdx]|div)|m\s?/\s?[fw]|[fw]\s?/\s?m|h\s?/\s?f"
    r"|f\s?/\s?h|all genders|gn\*?)\)"
    # (and the German title after it, written for all genders: " - Aufzugsmonteur*in")
    r"(?:[ \t]+[-–][ \t]+[A-ZÄÖÜ][\wäöüß]+[*:_]in(?:nen)?\b)?", re.IGNORECASE)


_HEAVY_ARROWS = str.maketrans({"➜": "→", "➔": "→"})
_CHAIN_ARROWS = 2  # heavy arrows on a line that make it a chain of three steps or more


def _heavy_chains(text: str) -> str:
    """``text`` with the heavy arrows of each chain line ("Lecturer ➜ Senior Lecturer ➜
    Reader") as plain arrows, the ladder readers' mark; a line with one heavy arrow maps
    one thing to another ("Ran load bank tests ➜ Conducted load bank testing") and keeps it.

    >>> _heavy_chains("A ➜ B ➜ C\\nTask ➜ Duty")
    'A → B → C\\nTask ➜ Duty'
    """
    return "\n".join(line.translate(_HEAVY_ARROWS) if line.count("➜") + line.count("➔") >= (
        _CHAIN_ARROWS) else line for line in text.split("\n"))


_ANGLE_CHAIN = re.compile(r"^(?P<lead>[^›\n]*:\s+)?(?P<chain>[^›:\n]+(?:\s›\s[^›:\n]+){2,})$")


def _angle_chains(text: str) -> str:
    """(carry38) ``text`` with the single angle marks of a chain of steps as plain arrows:
    a line of three steps or more after a lead-in's colon ("Where it can grow: A › B › C"),
    or whose steps share their last word ("Apprentice Cooper › Journeyman Cooper › Master
    Cooper"); a site's trail ("Crafts › Buildings › Cooper") keeps its marks.

    >>> _angle_chains("Route: Porter › Cook › Chef\\nHome › Crafts › Cooper")
    'Route: Porter → Cook → Chef\\nHome › Crafts › Cooper'
    >>> _angle_chains("Junior Cooper › Cooper › Master Cooper.")
    'Junior Cooper → Cooper → Master Cooper.'
    """
    out = []
    for line in text.split("\n"):
        chain = _ANGLE_CHAIN.match(line.strip()) if line.count(" › ") >= _CHAIN_ARROWS else None
        if chain is not None:
            heads = {step.strip(" .").rsplit(" ", 1)[-1].lower()
                     for step in chain.group("chain").split(" › ")}
            if chain.group("lead") or len(heads) == 1:
                line = line.replace(" › ", " → ")
        out.append(line)
    return "\n".join(out)


# (real47) A site's trail printed one crumb a line, each mark on a line of its own.
_LONE_CRUMB_MARK = frozenset({">", "›", "»"})
_CRUMB_CHARS = 60  # a crumb is a short name, no sentence
_LEAST_MARKS = 2


def _stacked_crumbs(text: str) -> str:
    """(real47) ``text`` with a site's trail printed one crumb a line ("Careers" / ">" /
    "Manufacturing" / ">" / "Watch and Clock Repairers", blank lines between or not) as
    one line, "Careers > Manufacturing > Watch and Clock Repairers", on the trail's first
    line; its other lines are left blank (every line keeps its number).  Two marks or more.

    >>> _stacked_crumbs("Careers\\n\\n>\\n\\nTrades\\n>\\nCooper\\n\\nCooper\\nCoopers make casks.")
    'Careers > Trades > Cooper\\n\\n\\n\\n\\n\\n\\n\\nCooper\\nCoopers make casks.'
    >>> _stacked_crumbs("A\\n>\\nB")
    'A\\n>\\nB'
    """
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    out = list(lines)
    index = 0
    while index < len(filled):
        run = [filled[index]]  # crumb, mark, crumb, mark, crumb …
        step = index + 1
        while step + 1 < len(filled) and lines[filled[step]].strip() in _LONE_CRUMB_MARK and (
                _crumb(lines[filled[step + 1]])) and _crumb(lines[run[0]]):
            run += [filled[step], filled[step + 1]]
            step += 2
        if (len(run) - 1) // 2 >= _LEAST_MARKS:
            crumbs = [lines[at].strip() for at in run[::2]]
            for at in range(run[0], run[-1] + 1):
                out[at] = ""
            out[run[0]] = " > ".join(crumbs)
            index = step
            continue
        index += 1
    return "\n".join(out)


def _crumb(line: str) -> bool:
    """A line that may be one crumb of a trail: short, no mark alone, no sentence."""
    bare = line.strip()
    return 0 < len(bare) <= _CRUMB_CHARS and bare not in _LONE_CRUMB_MARK and not (
        bare.endswith((".", "!", "?", ":")))


_EM_DASH_ITEM = re.compile(r"[ \t]*— \S")


def _em_dash_lists(text: str) -> str:
    """(fixes68) ``text`` with each run of two lines or more that open with an em dash and a
    space ("— hand-forging", "— riveting") written with en-dash bullets, the list readers'
    mark; one such line alone is a quotation's attribution ("— Marta, welder") and keeps it.

    >>> _em_dash_lists("Skills\\n— riveting\\n— forging\\nGreat work.\\n— Ana, smith")
    'Skills\\n– riveting\\n– forging\\nGreat work.\\n— Ana, smith'
    """
    lines = text.split("\n")
    dashed = [_EM_DASH_ITEM.match(line) is not None for line in lines]
    for at, line in enumerate(lines):
        if dashed[at] and ((at > 0 and dashed[at - 1]) or (at + 1 < len(lines) and dashed[
                at + 1])):
            lines[at] = line.replace("—", "–", 1)
    return "\n".join(lines)


# (rules40b) A profile's field written "LABEL :: value :: value" (a roster's "LANGUAGES ::
# English (C1) :: French an asset", "DEPLOYS TO :: UNICEF, IOM"): a short label without
# figures before the first double colon.
_DOUBLE_COLON_FIELD = re.compile(r"^([ \t]*[^\W\d][^:|\d]{0,40}?)\s+::\s+(?=\S)")


def _double_colon_fields(text: str) -> str:
    """(rules40b) ``text`` with each "LABEL :: a :: b" field line written "LABEL: a. b", the
    run-in label the section readers know; a line whose first field is no short label
    (a figure, a long sentence), or whose values are a "|" list, keeps its marks; a title in
    capitals that names no section, before two fields or more of notes (opening in lower
    case), is the profile's title line (its fields set apart by wide gaps, as columns).

    >>> _double_colon_fields("LANGUAGES :: English :: French an asset\\n2 :: 3")
    'LANGUAGES: English. French an asset\\n2 :: 3'
    >>> _double_colon_fields("sector :: humanitarian aid")
    'Sector: humanitarian aid'
    >>> _double_colon_fields("SURVEYOR :: profile SV-2 :: 4 to 8 weeks")
    'SURVEYOR   profile SV-2   4 to 8 weeks'
    """
    out = []
    for line in text.split("\n"):
        field = _DOUBLE_COLON_FIELD.match(line) if " :: " in line else None
        if field is not None and len(field.group(1).split()) <= _FIELD_LABEL_WORDS and (
                " | " not in line):  # (a "|" list after the label keeps its marks)
            label = field.group(1)
            if label.strip().isupper() and line.count(" :: ") >= 2 and line[
                    field.end():field.end() + 1].islower() and classify_heading(
                    label.strip()) is Kind.OTHER:
                # "FIELD LOGISTICIAN :: profile LOG-FLD :: surge deployments": a profile's
                # title in capitals, then its notes, set apart as columns
                out.append(line.replace(" :: ", "   "))
                continue
            lead = len(label) - len(label.lstrip())
            label = label[:lead] + label[lead].upper() + label[lead + 1:]  # ("sector ::")
            line = label + ": " + line[field.end():].replace(" :: ", ". ")
        out.append(line)
    return "\n".join(out)


_FIELD_LABEL_WORDS = 4

# (rules50a) A plain-text export's list field, a section's name in capitals, a double colon
# and items parted by " | " ("KNOWLEDGE & SKILLS:: Robot programming (FANUC) | Machine
# vision", "TRAITS:: Curiosity | Teamwork"): the label a heading over one "•" list.
_LISTED_KINDS = frozenset({Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS})
_COURSE_LABEL = re.compile(r"train|course|certif|licen[cs]", re.IGNORECASE)
_DOUBLE_COLON_LIST = re.compile(r"^([ \t]*[A-Z][A-Z&/,' -]{1,40}?)[ \t]*::[ \t]+(?=\S)")


def _double_colon_lists(text: str) -> str:
    """(rules50a) ``text`` with each "LABEL:: a | b | c" line whose label is a known skills,
    qualities or tools heading written as the heading on its own line over "a • b • c", the
    list the section readers know; any other label keeps its line (a roster's "MANDATORY
    TRAINING :: course | course" names courses, no skills).

    >>> _double_colon_lists("TRAITS:: Curiosity | Teamwork\\nPANEL:: A | B")
    'TRAITS\\nCuriosity • Teamwork\\nPANEL:: A | B'
    """
    out = []
    for line in text.split("\n"):
        field = _DOUBLE_COLON_LIST.match(line) if ":: " in line and " | " in line else None
        if field is not None and len(field.group(1).split()) <= _FIELD_LABEL_WORDS and (
                classify_heading(field.group(1).strip()) in _LISTED_KINDS) and (
                _COURSE_LABEL.search(field.group(1)) is None):
            out.append(field.group(1).rstrip())
            line = line[field.end():].replace(" | ", " • ")
        out.append(line)
    return "\n".join(out)


# (rules40b) A person specification's row: the criterion, dot leaders and its marker, "E"
# (essential) or "D" (desirable), spelt out or not ("Coaching and developing staff ...... D").
_MARKED_CRITERION = re.compile(r"^([ \t]*)(\S.*?\S)\s*(?:\.\s?){2,}\s*(?:E|D|E\s?/\s?D|"
                               r"Essential|Desirable)\s*$", re.MULTILINE)


def _marked_criteria(text: str) -> str:
    """(rules40b) ``text`` with each person-specification row that ends in dot leaders and an
    essential or desirable marker written as a bullet of its criterion, the list readers'
    item; a contents line's page number or a statement's figure after leaders stays.

    >>> _marked_criteria("Team leadership ........ E\\nAbout us ........ 4\\nA long one .. D")
    '- Team leadership\\nAbout us ........ 4\\n- A long one'
    """
    return _MARKED_CRITERION.sub(r"\1- \2", text)


def parse_text(text: str, file: str, *, lexicon: Lexicon | None = None,
               vocab: Vocabulary | None = None) -> Guide:
    """Detect the layout of a text guide (card or long-form) and parse it.

    ``vocab`` (the lexicon indexed for parsing) saves indexing ``lexicon`` again when many
    guides are parsed.  Raises :class:`GuideError` when the text is empty or names no role.
    """
    if "/" in text or "genders" in text:
        text = _GENDER_MARK.sub("", text)  # "Lift fitter (m/w/d)": the post, no title part
    if "➜" in text or "➔" in text:  # (rules37b) heavy arrows of a chain are a ladder's
        text = _heavy_chains(text)  # ("Lecturer ➜ Senior Lecturer ➜ Reader")
    if " › " in text:  # (carry38) "Where it can grow: A › B › C"
        text = _angle_chains(text)
    if "\n>" in text or "\n›" in text or "\n»" in text:  # (real47) a trail one crumb a line
        text = _stacked_crumbs(text)
    if "inimum" in text and "aximum" in text:  # (real56) "Minimum: $X" / "Maximum: $Y"
        text = stacked_extremes(text)
    if "— " in text:  # (fixes68) a run of em-dash lines is a list
        text = _em_dash_lists(text)
    if "...." in text:  # (rules40b) "Coaching and developing staff ........ D"
        text = _marked_criteria(text)
    if ":: " in text and " | " in text:  # (rules50a) "TRAITS:: Curiosity | Teamwork"
        text = _double_colon_lists(text)
    if " :: " in text:  # (rules40b) "LANGUAGES :: English (C1) :: French an asset"
        text = _double_colon_fields(text)
    page = seen_page(text)  # markup rendered, a scan's damage repaired (most pages: None)
    lines = guide_lines(text if page is None else page.text)
    if all(line.blank for line in lines):
        raise GuideError(file, 1, "empty guide file")
    vocab = vocab or Vocabulary.from_lexicon(lexicon or load_lexicon())
    if detect_layout(lines) is Layout.CARD:
        from careergraph.guides.card import parse_card  # on first use: see preload

        guide = parse_card(lines, file, vocab)
    else:
        from careergraph.guides.longform import parse_longform  # on first use: see preload

        guide = parse_longform(lines, file, vocab)
    if "lignment" in text or "BadgeClass" in text:  # (rules42a) an Open Badges page
        from careergraph.guides.open_badges import open_badge

        guide = open_badge(guide, text if page is None else page.text)
    return guide if page is None else page.finish(guide)


def parse_bytes(
    data: bytes, file: str, *, suffix: str = "", lexicon: Lexicon | None = None,
    vocab: Vocabulary | None = None,
) -> list[Guide]:
    """Parse the bytes of one guide file; ``suffix`` (".yaml", ".txt"…) picks the reader
    (``vocab``: see :func:`parse_text`)."""
    text = decode(data, file)
    suffix = suffix.lower()
    # (no starred tuple after `in`: mypyc cannot compile one, see benchmarks/README.md)
    if suffix in JSONLD_SUFFIXES or suffix in STRUCTURED_SUFFIXES:
        return _parse_markup(text, file, suffix)
    return [parse_text(text, file, lexicon=lexicon, vocab=vocab)]


def _parse_markup(text: str, file: str, suffix: str) -> list[Guide]:
    """A structured (YAML/JSON) or schema.org guide file's guides."""
    from careergraph.guides.schema_org import NO_OCCUPATION, is_schema_org, parse_schema_org
    from careergraph.guides.structured import parse_structured

    if suffix in JSONLD_SUFFIXES:
        return parse_schema_org(text, file)
    if suffix == ".json" and is_schema_org(text):
        try:
            return parse_schema_org(text, file)
        except GuideError as exc:
            if exc.problem != NO_OCCUPATION:
                raise  # schema.org markup after all, with a problem to report
    return parse_structured(text, file, json_mode=suffix == ".json")


def parse_file(
    path: Path, *, name: str | None = None, lexicon: Lexicon | None = None
) -> list[Guide]:
    """Parse one guide file (text, YAML or JSON); ``name`` labels every source.

    >>> from careergraph.resources import guides_dir
    >>> [g] = parse_file(guides_dir() / "lead-mlops-engineer.card.txt", name="lead.txt")
    >>> g.role.source.label
    'lead.txt:1'
    """
    label = name if name is not None else str(path)
    data = read_guide_bytes(Path(path), label)
    return parse_bytes(data, label, suffix=Path(path).suffix, lexicon=lexicon)
