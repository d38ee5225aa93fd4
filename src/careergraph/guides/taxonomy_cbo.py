"""Brazil's Classificação Brasileira de Ocupações (CBO 2002, Ministério do Trabalho e
Emprego), as its CSV download, as guides.

The Ministry publishes the classification's structure as CSV files (the "estrutura"
download), separated by ";" and encoded in Latin-1 as Windows writes it (Windows-1252), one
file per table, named ``CBO2002 - <table>.csv``:

- ``Grande Grupo``, ``SubGrupo Principal``, ``SubGrupo`` and ``Familia``: ``CODIGO;TITULO``,
  a code of 1, 2, 3 and 4 digits.  The groups are the classification's, not roles: they are
  read to check the occupations' codes (an occupation whose family the family table lacks is
  read with a warning), never made moves, sectors or seniority.
- ``Ocupacao``: ``CODIGO;TITULO``, a six-digit code whose first four digits are its family.
  Each ocupação becomes one guide, its row the role's source.  A title two ocupações share
  is qualified by the code ("Operador de caixa (CBO 421125)"), the bare title then an alias
  of each (a name that lists both and resolves to neither): the graph never merges two jobs.
- ``Sinonimo``: ``CODIGO;TITULO``, each row a synonym title of the ocupação of that code:
  an alias, under the rules every taxonomy's alternative titles follow (a synonym another
  ocupação has too, or another guide's title, is left out and counted).  A title joining the
  masculine and feminine forms ("Pedreiro(a)") gives both as aliases (:func:`gendered_forms`).
- ``PerfilOcupacional``: the occupational profile, a row per activity of an ocupação,
  columns ``COD_GRANDE_GRUPO``, ``COD_SUBGRUPO_PRINCIPAL``, ``COD_SUBGRUPO``,
  ``COD_FAMILIA``, ``COD_OCUPACAO``, ``SGL_GRANDE_AREA`` (the area of competence's letter),
  ``NOME_GRANDE_AREA``, ``COD_ATIVIDADE`` and ``NOME_ATIVIDADE``.  The family's analysis
  names its great areas of competence (GAC: "A" … ) and their activities, and lists under
  each ocupação the activities it performs.  Each activity is a responsibility of its
  ocupação, as other taxonomies' tasks are; the area is the heading that groups them.  The
  area "Z" ("Demonstrar competências pessoais", which the method gives every family) lists
  personal competences ("Trabalhar em equipe"): soft skills, as ROME's savoir-être are.

The download states no move between ocupações and no sector: a family is a group of similar
ocupações, not a progression, so nothing else is made of the hierarchy.

Each file is decoded as UTF-8 when every byte is (a file saved again as UTF-8), as UTF-16 by
its byte-order mark, else as Windows-1252 (the download's encoding); a file that is none of
these (a byte Windows-1252 leaves undefined, or a NUL byte) is an error naming its line, and
nothing of it is read.  A row whose last cell, a free-text title or activity, held an
unquoted ";" is read whole.  Every fact's source is the row it was read from; a row that
cannot be used is reported with its file, line and problem and not read at all.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/cbo")
>>> tables = {"occupations": ("o.csv", folder / "CBO2002 - Ocupacao.csv")}
>>> guide = import_cbo(tables).guides[0]
>>> guide.role.text, guide.role.source.label
('Cultivador de algas marinhas', 'o.csv:2')
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.table_text import Encoding
from careergraph.guides.tables import Table, Tables
from careergraph.guides.taxonomy_result import Imported, RowProblems, alias_of_code, whole_number
from careergraph.model import Layout, SkillKind
from careergraph.names import singular_key

__all__ = ["CBO_COLUMNS", "cbo_kind_of_header", "cbo_kind_of_name", "gendered_forms",
           "import_cbo", "published_encoding"]

_CODE, _TITLE = "CODIGO", "TITULO"
_P_FAMILY, _P_OCCUPATION = "COD_FAMILIA", "COD_OCUPACAO"
_P_AREA, _P_AREA_NAME = "SGL_GRANDE_AREA", "NOME_GRANDE_AREA"
_P_ACTIVITY, _P_ACTIVITY_NAME = "COD_ATIVIDADE", "NOME_ATIVIDADE"
_CODE_TITLE = (_CODE, _TITLE)
#: Columns each table must have, by kind (the others are not read).
CBO_COLUMNS: dict[str, tuple[str, ...]] = {
    "major": _CODE_TITLE, "principal": _CODE_TITLE, "subgroup": _CODE_TITLE,
    "family": _CODE_TITLE, "occupations": _CODE_TITLE, "synonyms": _CODE_TITLE,
    "profile": (_P_OCCUPATION, _P_AREA, _P_AREA_NAME, _P_ACTIVITY, _P_ACTIVITY_NAME),
}
# Other names a column is given: the synonyms' code and title by some releases.
_SAME_COLUMN = {"OCUPACAO": _CODE, "SINONIMO": _TITLE}
_GROUPS = {"major": (1, "grande grupo"), "principal": (2, "subgrupo principal"),
           "subgroup": (3, "subgrupo"), "family": (4, "família")}
_OCCUPATION_DIGITS, _FAMILY_DIGITS = 6, 4
# The download's file names ("CBO2002 - SubGrupo Principal.csv"), accents folded.
_NAMES = re.compile(r"^cbo[ _-]*2002[ _-]*(grande[ _-]*grupo|sub[ _-]*grupo[ _-]*principal|"
                    r"sub[ _-]*grupo|familia|ocupacao|sinonimos?|perfil[ _-]*ocupacional)"
                    r"(?![a-z])", re.IGNORECASE)
_KIND_OF_NAME = {"grandegrupo": "major", "subgrupoprincipal": "principal",
                 "subgrupo": "subgroup", "familia": "family", "ocupacao": "occupations",
                 "sinonimo": "synonyms", "sinonimos": "synonyms",
                 "perfilocupacional": "profile"}
#: What each table is called in messages.
_WHAT = {"major": "CBO grande grupo", "principal": "CBO subgrupo principal",
         "subgroup": "CBO subgrupo", "family": "CBO família", "occupations": "CBO ocupação",
         "synonyms": "CBO sinônimo", "profile": "CBO perfil ocupacional"}
# The area of competence the method gives every family for personal competences.
_PERSONAL_AREA = "Z"
_PERSONAL_NAME = "competencias pessoais"
_AREA_LETTER = re.compile(r"^[A-Z]$")
# "Pedreiro(a)", "Técnico(a)", "Professor (a)", "Anfitrião(ã)": a word's two forms.
_GENDERED = re.compile(r"(?<=\w)\s?\((a|ã)\)(?=$|[\s,;:)/-])")
_CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _folded(text: str) -> str:
    """Text without accents, lowercase ("Família" → "familia")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def cbo_kind_of_name(name: str) -> str | None:
    """The CBO table a file name is, or None.

    >>> cbo_kind_of_name("CBO2002 - SubGrupo Principal.csv")
    'principal'
    >>> cbo_kind_of_name("CBO2002 - Ocupacao.csv"), cbo_kind_of_name("CBO2002 - SubGrupo.csv")
    ('occupations', 'subgroup')
    >>> cbo_kind_of_name("cbo2002_-_Sinônimo.csv"), cbo_kind_of_name("cbo.csv")
    ('synonyms', None)
    """
    found = _NAMES.match(_folded(name))
    if found is None:
        return None
    return _KIND_OF_NAME[re.sub(r"[ _-]+", "", found.group(1))]


def cbo_kind_of_header(cells: Sequence[str]) -> str | None:
    """``profile`` for the occupational profile's header (the structure tables' header,
    ``CODIGO;TITULO``, says nothing of which table it is: they are recognised by name).

    >>> cbo_kind_of_header(["COD_GRANDE_GRUPO", "COD_FAMILIA", "COD_OCUPACAO",
    ...     "SGL_GRANDE_AREA", "NOME_GRANDE_AREA", "COD_ATIVIDADE", "NOME_ATIVIDADE"])
    'profile'
    >>> cbo_kind_of_header(["CODIGO", "TITULO"]) is None
    True
    """
    names = {cell.strip().upper() for cell in cells}
    return "profile" if all(c in names for c in CBO_COLUMNS["profile"]) else None


def published_encoding(path: Path, label: str) -> Encoding:
    """How a CBO file's bytes are text: UTF-16 by its byte-order mark, UTF-8 when every
    byte is, else Windows-1252 (Latin-1 as Windows writes it: the download's encoding);
    raised naming the line of the first byte that is none of these, or of a NUL byte.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "o.csv"
    >>> _ = path.write_bytes("CODIGO;TITULO\\n999105;Catador de maçãs\\n".encode("cp1252"))
    >>> published_encoding(path, "o.csv")
    Encoding(codec='cp1252', line=0)
    >>> _ = path.write_bytes(b"CODIGO;TITULO\\n999105;Catador\\x81\\n")
    >>> published_encoding(path, "o.csv").codec  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    careergraph.errors.GuideError: o.csv:2: byte 0x81 is not a character in Windows-1252 ...
    """
    try:
        with open(path, "rb") as handle:
            if handle.read(2) in _UTF16_BOMS:
                return Encoding("utf-16")
        if _utf8(path):
            return Encoding("utf-8-sig")
        _check_windows_1252(path, label)
    except OSError as exc:
        raise GuideError(label, 1, f"cannot read file: {exc.strerror or exc}") from exc
    return Encoding("cp1252")


def _utf8(path: Path) -> bool:
    """Whether every byte of a file is UTF-8 text without a NUL byte (read in chunks)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            if b"\0" in chunk:
                return False
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_windows_1252(path: Path, label: str) -> None:
    """Raise, naming its line, at the first byte Windows-1252 does not define or NUL."""
    lines = 1
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            try:
                chunk.decode("cp1252")
                bad = -1
            except UnicodeDecodeError as exc:
                bad = exc.start
            nul = chunk.find(b"\0", 0, bad if bad >= 0 else len(chunk))
            if nul >= 0:
                raise GuideError(label, lines + chunk.count(b"\n", 0, nul),
                                 "a NUL byte: not a text table (a UTF-16 file without its "
                                 "byte-order mark, or no CSV file at all): file not read",
                                 hint="give the file as downloaded, or save it as UTF-8")
            if bad >= 0:
                raise GuideError(label, lines + chunk.count(b"\n", 0, bad),
                                 f"byte 0x{chunk[bad]:02x} is not a character in Windows-1252 "
                                 "(Latin-1), the CBO download's encoding, nor UTF-8 text: "
                                 "file not read",
                                 hint="give the file as downloaded, or save it as UTF-8")
            lines += chunk.count(b"\n")


def _open(tables: Tables, kind: str) -> Table | None:
    """The table of ``kind``, its encoding decided, its header checked (columns named
    without case, trailing empty header cells dropped); None without the table."""
    if kind not in tables:
        return None
    label, path = tables[kind]
    encoding = published_encoding(path, label)
    table = Table(path, label, ",", encoding=encoding, spill=True)
    header = [_SAME_COLUMN.get(cell.upper(), cell.upper()) for cell in table.header]
    while header and not header[-1]:
        header.pop()  # a release's header ends with empty cells for rows that ran over
    table.header = header
    table.require(CBO_COLUMNS[kind], f"{_WHAT[kind]} table")
    return table


def _code(cell: str, digits: int) -> str | None:
    """A code of ``digits`` digits ("20105" as a spreadsheet saved "020105": padded), or
    None.

    >>> _code("20105", 6), _code("252105.0", 6), _code("2521", 6), _code("25A105", 6)
    ('020105', '252105', None, None)
    """
    code = whole_number(cell.strip())
    if not code.isdigit() or len(code) > digits or len(code) < digits - 1:
        return None
    return code.zfill(digits)


def _clean(cell: str) -> str:
    return " ".join(cell.split())


def gendered_forms(title: str) -> list[str]:
    """The masculine and feminine forms a Portuguese title joins with "(a)" ("Pedreiro(a)",
    "Professor(a)", "Anfitrião(ã)"); the title alone when it has none, or when a word takes
    no feminine "a" this way.

    >>> gendered_forms("Pedreiro(a) de alvenaria")
    ['Pedreiro de alvenaria', 'Pedreira de alvenaria']
    >>> gendered_forms("Professor (a) de remo")
    ['Professor de remo', 'Professora de remo']
    >>> gendered_forms("Técnico(a) em algas"), gendered_forms("Anfitrião(ã)")
    (['Técnico em algas', 'Técnica em algas'], ['Anfitrião', 'Anfitriã'])
    >>> gendered_forms("Catador (a) (b)"), gendered_forms("Guia(a)"), gendered_forms("Pescador")
    (['Catador (b)', 'Catadora (b)'], ['Guia(a)'], ['Pescador'])
    """
    if "(" not in title or _GENDERED.search(title) is None:
        return [title]
    masculine = _GENDERED.sub("", title)
    feminine: list[str] = []
    at = 0
    for found in _GENDERED.finditer(title):
        head = title[at:found.start()]
        word = re.search(r"\w+$", head)
        stem = word.group(0) if word else ""
        if found.group(1) == "ã" and stem.endswith("ão"):
            form = stem[:-2] + "ã"
        elif found.group(1) == "a" and stem.endswith("o"):
            form = stem[:-1] + "a"
        elif found.group(1) == "a" and stem[-1:] in ("r", "l", "s", "z"):
            form = stem + "a"
        else:
            return [title]  # a word with another feminine: the title as written
        feminine.append(head[:len(head) - len(stem)] + form)
        at = found.end()
    return [masculine, "".join(feminine) + title[at:]]


def import_cbo(tables: Tables) -> Imported:
    """Guides from the CBO tables ``{kind: (label, path)}`` (kinds of
    :data:`CBO_COLUMNS`); raised when the ocupação table cannot be read (an undecodable file,
    a header lacking a column); another table's error is reported and nothing of it read.
    Each file's encoding is decided before its first row is read, so no table stops half
    way: a failure while reading rows (a file changed meanwhile) fails the whole import."""
    result = Imported()
    table = _open(tables, "occupations")
    if table is None:
        raise GuideError("CBO 2002", 1, "no ocupação table",
                         hint="keep 'CBO2002 - Ocupacao.csv' in the folder")
    drafts = _occupations(table, result)
    for kind in _GROUPS:
        if (group := _other(tables, kind, result)) is not None:
            codes = _groups(group, kind, result)
            if kind == "family":
                _warn_lone(drafts, codes, table.label, group.label, result)
    if (synonyms := _other(tables, "synonyms", result)) is not None:
        _synonyms(synonyms, drafts, result)
    if (profile := _other(tables, "profile", result)) is not None:
        _profile(profile, drafts, result)
    return result.finish(drafts.values())


def _other(tables: Tables, kind: str, result: Imported) -> Table | None:
    """A table besides the ocupação table; one that cannot be read is reported (nothing of
    it read)."""
    try:
        return _open(tables, kind)
    except GuideError as exc:
        result.error(exc)
        return None


def _occupations(table: Table, result: Imported) -> dict[str, OccupationDraft]:
    """A draft per ocupação row, its title qualified by the code when another ocupação has
    it; a row without a six-digit code or a title, or repeating a code, is reported."""
    problems = RowProblems(table.label, result)
    rows: dict[str, tuple[int, str]] = {}
    for line, code, title in _titled(table, problems, "ocupação"):
        if code in rows:
            problems.add(line, f"ocupação {code} given twice: the first row "
                               f"(line {rows[code][0]}) is kept")
        else:
            rows[code] = (line, title)
    problems.finish(table)
    by_title: dict[str, int] = {}
    for _, title in rows.values():
        key = singular_key(title)
        by_title[key] = by_title.get(key, 0) + 1
    drafts: dict[str, OccupationDraft] = {}
    for code, (line, title) in rows.items():
        shared = by_title[singular_key(title)] > 1
        draft = OccupationDraft(table.label, Layout.CBO,
                                f"{title} (CBO {code})" if shared else title, line)
        for form in gendered_forms(title) if shared or "(" in title else ():
            draft.alias(form, table.label, line)
        drafts[code] = draft
    return drafts


def _titled(table: Table, problems: RowProblems, what: str) -> Iterator[tuple[int, str, str]]:
    """(line, code, title) of each row of a ``CODIGO;TITULO`` table of ocupação codes; a row
    without a six-digit code or a title is reported."""
    for row in table.rows():
        code, title = _code(row[_CODE], _OCCUPATION_DIGITS), _clean(row[_TITLE])
        if code is None:
            problems.add(row.line, f"{what} code {row[_CODE]!r} is not six digits: not read")
        elif not title:
            problems.add(row.line, f"{what} row of code {code} has no title: not read")
        else:
            yield row.line, code, title


def _groups(table: Table, kind: str, result: Imported) -> set[str]:
    """The codes of a group table; a row whose code is not of its level's digits, or
    without a title, is reported."""
    digits, name = _GROUPS[kind]
    problems = RowProblems(table.label, result)
    codes: set[str] = set()
    for row in table.rows():
        code = whole_number(row[_CODE].strip())
        if not (code.isdigit() and len(code) <= digits):
            problems.add(row.line, f"{name} code {row[_CODE]!r} is not {digits} digits: "
                                   "not read")
        elif not _clean(row[_TITLE]):
            problems.add(row.line, f"{name} {code.zfill(digits)} has no title: not read")
        else:
            codes.add(code.zfill(digits))
    problems.finish(table)
    return codes


def _warn_lone(drafts: dict[str, OccupationDraft], families: set[str], file: str,
               family_file: str, result: Imported) -> None:
    """Warn, at its row of ``file``, of each ocupação whose family the family table lacks
    (nothing when that table holds no family at all)."""
    if not families:
        return
    problems = RowProblems(file, result)
    for code, draft in drafts.items():
        if code[:_FAMILY_DIGITS] not in families:
            problems.add(draft.role.source.line, f"ocupação {code} has no família "
                                          f"{code[:_FAMILY_DIGITS]} in {family_file}: read alone")


def _synonyms(table: Table, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    """Each synonym an alias of its ocupação (both forms of a gendered title); a code the
    ocupação table lacks is reported once, a row without a code or title at its line."""
    problems = RowProblems(table.label, result)
    for line, code, title in _titled(table, problems, "sinônimo"):
        for form in gendered_forms(title):
            alias_of_code(drafts, code, form, table.label, line, problems,
                          f"ocupação {code} is not in the ocupação table: its sinônimos "
                          "not read")
    problems.finish(table)


def _personal(letter: str, name: str) -> bool:
    """Whether an area of competence is the personal competences' ("Z", or named so).

    >>> _personal("Z", "DEMONSTRAR COMPETÊNCIAS PESSOAIS"), _personal("B", "PLANTAR ALGAS")
    (True, False)
    """
    return letter == _PERSONAL_AREA or _PERSONAL_NAME in _folded(name)


def _profile(table: Table, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    """Each activity a responsibility of its ocupação, those of the personal competences'
    area soft skills; unusable rows reported at their line, an activity given twice with
    other words reported (its first row kept), repeated word for word counted in a note."""
    problems = RowProblems(table.label, result)
    seen: dict[tuple[str, str, str], tuple[int, str]] = {}
    repeats = 0
    with_family = _P_FAMILY in table.header
    areas: dict[str, bool] = {}  # whether an area's name is the personal competences'
    cell, code, draft = None, None, None
    for row in table.rows():
        if row[_P_OCCUPATION] != cell:  # an ocupação's rows follow each other
            cell = row[_P_OCCUPATION]
            code = _code(cell, _OCCUPATION_DIGITS)
            draft = drafts.get(code) if code is not None else None
        area, activity = row[_P_AREA].upper(), _clean(row[_P_ACTIVITY_NAME])
        number = whole_number(row[_P_ACTIVITY])
        family = whole_number(row[_P_FAMILY]) if with_family else ""
        if code is None:
            problems.add(row.line, f"ocupação code {cell!r} is not six digits: row not read")
        elif family and not code.startswith(family.zfill(_FAMILY_DIGITS)):
            problems.add(row.line, f"ocupação {code} is not of família {family}: row not read")
        elif draft is None:
            problems.once(code, row.line, f"ocupação {code} is not in the ocupação table: its "
                                          "profile not read")
        elif not _AREA_LETTER.match(area):
            problems.add(row.line, f"area of competence {row[_P_AREA]!r} is not a letter: "
                                   "row not read")
        elif not activity:
            problems.add(row.line, "row without an activity (NOME_ATIVIDADE): not read")
        elif (first := seen.get((code, area, number))) is not None:
            if first[1] == activity:
                repeats += 1
            else:
                problems.add(row.line, f"activity {area}.{number} of ocupação {code} given "
                                       f"twice: the first row (line {first[0]}) is kept")
        else:
            seen[(code, area, number)] = (row.line, activity)
            if (personal := areas.get(row[_P_AREA_NAME])) is None:
                personal = areas[row[_P_AREA_NAME]] = _personal(area, row[_P_AREA_NAME])
            if personal:
                draft.skill(activity, SkillKind.SOFT, table.label, row.line)
            else:
                draft.responsibility(activity, table.label, row.line)
    problems.finish(table)
    if repeats:
        result.note(table.label, f"{repeats} rows repeat an earlier activity of their ocupação "
                                 "word for word: read once")
