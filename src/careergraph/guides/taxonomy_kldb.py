"""The German Federal Employment Agency's Klassifikation der Berufe (KldB 2010, revised
2020), saved as CSV, as guides.

Two tables are read, each found by its header (or its name):

- The structure with its explanations, as the Klassifikationsserver exports it
  (``KldB_2010,_V._2020-DE-<date>-Gliederung_mit_Erläuterung.csv``: separated by ";"),
  a row per position of every level, columns ``Schlüssel KldB 2010, V. 2020`` (the code),
  ``Ebene`` (1 Berufsbereich … 5 Berufsgattung), ``Titel``, ``Kurztitel``, ``Allgemeine
  Bemerkungen``, ``Einschlüsse``, ``Umfasst ferner`` and ``Ausschlüsse``.  Each
  Berufsgattung (level 5, a five-digit code) becomes one guide: its ``Titel`` the role,
  ``Allgemeine Bemerkungen`` its summary, each task of ``Einschlüsse`` (items apart by a
  line break or a run of spaces) a responsibility, and each "Zugeordnete Berufe
  (Beispiele)" title of ``Umfasst ferner`` ("43343-103 IT-Systemadministrator/in") an
  alias.  ``Ausschlüsse`` names titles and positions classified elsewhere: not read.
  A code a spreadsheet saved as a number ("1104" for "01104") is padded to its level.
- The BA's list of job titles (Berufsbenennungen: the "Gesamtberufsliste der BA", from
  which the alphabetic index is drawn), its sheet saved as CSV below its title block:
  columns ``DKZ-ID``, ``Codenummer`` ("B 43343-103"), ``Bezeichnung neutral kurz`` and,
  when kept, the masculine and feminine forms (``Bezeichnung männlich …``, ``Bezeichnung
  weiblich …``).  Each title under a Berufsgattung's code ("B " and five digits) is an
  alias of that Berufsgattung, as an ISCO unit group's included occupations, SOC 2018's
  direct-match titles and OSCA's alternative titles are: the list gives a name, no
  description, and the BA assigns each name to exactly one position.  Titles coded
  otherwise (courses, fields of study) are counted in a note.

A neutral title joins its masculine and feminine forms ("Datenbankmanager/in",
"Beauftragte/r", "Facharzt/-ärztin"): both forms are aliases (:func:`german_forms`), as
the resolver would read the slash as two titles; any other slash title ("Hebamme/
Entbindungspfleger") is kept whole for the rule every taxonomy's slash titles follow.
The hierarchy is no career ladder, and the last digit (the Anforderungsniveau: 1 Helfer,
2 Fachkraft, 3 Spezialist, 4 Experte) grades how complex the work is, as ISCO-08's skill
levels do: no edges, no sector and no seniority.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/kldb")
>>> tables = {"occupations": ("k.csv", folder / "KldB_2010_Gliederung_mit_Erlaeuterung.csv")}
>>> guide = import_kldb(tables).guides[1]
>>> guide.role.text, guide.role.source.label
('Berufe in der Seetangzucht – fachlich ausgerichtete Tätigkeiten', 'k.csv:11')
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Row, Table, Tables
from careergraph.guides.taxonomy_result import (
    Imported,
    RowProblems,
    alias_of_code,
    new_occupation,
    whole_number,
)
from careergraph.guides.taxonomy_uksoc import (
    column_key,
    find_header,
    open_sheet,
    sheet_columns,
    sheet_kind,
)
from careergraph.model import Layout

__all__ = ["KLDB_COLUMNS", "german_forms", "import_kldb", "kldb_header", "kldb_kind_of_name"]

_CODE, _LEVEL, _TITLE = "Schlüssel KldB 2010", "Ebene", "Titel"
_REMARKS, _INCLUDES, _FURTHER = "Allgemeine Bemerkungen", "Einschlüsse", "Umfasst ferner"
_I_CODE, _I_NEUTRAL = "Codenummer", "Bezeichnung neutral kurz"
_I_MALE, _I_FEMALE = "Bezeichnung männlich", "Bezeichnung weiblich"
#: Columns each table must have, by kind (the others are read when present).
KLDB_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": (_CODE, _LEVEL, _TITLE),
    "titles": (_I_CODE, _I_NEUTRAL),
}
_GATTUNG = 5  # the level, and the digits, of a Berufsgattung
# Header cells by the start of their key (the code's names its version: "…, V. 2020").
_PREFIXES = ((_CODE, ("schlüsselkldb2010", "schluesselkldb2010")), (_LEVEL, ("ebene",)),
             (_TITLE, ("titel",)), (_REMARKS, ("allgemeinebemerkung",)),
             (_INCLUDES, ("einschlüsse", "einschluesse")), (_FURTHER, ("umfasstferner",)),
             (_I_CODE, ("codenummer",)), (_I_NEUTRAL, ("bezeichnungneutral",)),
             (_I_MALE, ("bezeichnungmännlich", "bezeichnungmaennlich")),
             (_I_FEMALE, ("bezeichnungweiblich",)))
# The download's names, as saved.
_NAMES = re.compile(r"^(?:(KldB[ _-]*2010(?!\d).*Gliederung)|(Gesamtberufsliste))",
                    re.IGNORECASE)
# Items of a cell: a line break, or the run of spaces the export left of one.
_ITEMS = re.compile(r"\s*\n\s*|\s{2,}")
_EXAMPLES_LEAD = re.compile(r"^\s*Zugeordnete Berufe\s*\(Beispiele\)\s*:", re.IGNORECASE)
_EXAMPLE = re.compile(r"(?:^|\s)(\d{5})-\d{3}\s+")
# "B 43343-103": a Berufsbenennung under its Berufsgattung.
_TITLE_CODE = re.compile(r"^B\s*(\d{5})-\d+$")
# "Manager/in", "Manager/-in", "Beauftragte/r", "Facharzt/-ärztin": a word's two forms.
_GENDERED = re.compile(r"(?<![\s/])/(-?)(in|innen|r|[^\W\d_][\w-]*)(?=$|[\s),;])")
_FOLD = str.maketrans("äöüÄÖÜ", "aouAOU")
_SHARED = 3  # letters a feminine ending's stem shares with the masculine word at least


def _column(cell: str) -> str | None:
    key = column_key(cell)
    return next((name for name, starts in _PREFIXES if key.startswith(starts)), None)


def _columns(cells: Sequence[str]) -> dict[str, str]:
    """This module's column names by the header cell they match (the first match kept)."""
    return sheet_columns(cells, _column)


def _kind_of(cells: Sequence[str]) -> str | None:
    """The KldB table a header is (``occupations``: the structure, ``titles``: the list of
    job titles), or None.

    >>> _kind_of(["Schlüssel KldB 2010, V. 2020", "Ebene", "Titel", "Kurztitel"])
    'occupations'
    >>> _kind_of(["DKZ-ID", "Codenummer", "Bezeichnung neutral kurz"]), _kind_of(["Titel"])
    ('titles', None)
    """
    return sheet_kind(cells, KLDB_COLUMNS, _column)


def kldb_header(path: Path) -> tuple[str, int, str, list[str]] | None:
    """(kind, start line, delimiter, cells) of the first of a file's first records that is
    a KldB table's header, or None.

    >>> kldb_header(Path("tests/fixtures/taxonomy/kldb/Gesamtberufsliste_der_BA.csv"))[:3]
    ('titles', 4, ';')
    """
    return find_header(path, _kind_of)


def kldb_kind_of_name(name: str) -> str | None:
    """The KldB table a file name is, or None.

    >>> kldb_kind_of_name("KldB_2010,_V._2020-DE-2025-02-03-Gliederung_mit_Erläuterung.csv")
    'occupations'
    >>> kldb_kind_of_name("Gesamtberufsliste_der_BA.csv"), kldb_kind_of_name("kldb.csv")
    ('titles', None)
    """
    found = _NAMES.match(name)
    if found is None:
        return None
    return "occupations" if found.group(1) else "titles"


def _open(tables: Tables, kind: str, what: str) -> Table | None:
    """The table of ``kind`` read from its header on, its columns renamed to this module's
    names; raised (naming the file and line 1) when no header has the columns read."""
    return open_sheet(tables, kind, what, _kind_of, KLDB_COLUMNS[kind], _columns)


def import_kldb(tables: Tables) -> Imported:
    """Guides from the KldB tables ``{"occupations" | "titles": (label, path)}``; raised
    when the structure's header lacks a column read (the list's is reported)."""
    result = Imported()
    drafts: dict[str, OccupationDraft] = {}
    if (table := _open(tables, "occupations", "KldB 2010 structure")) is not None:
        _structure(table, drafts, result)
    try:
        _titles(tables, drafts, result)
    except GuideError as exc:
        result.error(exc)
    return result.finish(drafts.values())


def _text(cell: str) -> str:
    """A cell's text without the HTML entities the export keeps ("z.&nbsp;B.")."""
    return html.unescape(cell).replace("\u00a0", " ") if "&" in cell else cell


def _structure(table: Table, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    """A draft per Berufsgattung row; a row whose level or code is not one of the
    classification's, or without a title, is reported; the other levels are skipped and
    rows without a code or title (notes below the table) counted in one note."""
    problems = RowProblems(table.label, result)
    notes = 0
    for row in table.rows():
        code, level, title = whole_number(row[_CODE]), whole_number(row[_LEVEL]), row[_TITLE]
        if not code[:1].isdigit() and not title:
            notes += 1
        elif not (level.isdigit() and 1 <= int(level) <= _GATTUNG):
            problems.add(row.line, f"level (Ebene) {row[_LEVEL]!r} is not 1-5: not read")
        elif not code.isdigit() or len(code) > int(level):
            problems.add(row.line, f"code {code!r} is not a level {level} code of "
                                   f"{level} digits: not read")
        elif not title:
            problems.add(row.line, f"position {code.zfill(int(level))} has no title: "
                                   "not read")
        elif int(level) == _GATTUNG and (draft := new_occupation(
                drafts, code.zfill(_GATTUNG),
                OccupationDraft(table.label, Layout.KLDB, title, row.line), problems,
                "Berufsgattung code")) is not None:
            _read(row, draft, table.label)
        # Otherwise a group (levels 1-4), or a repeated code (reported).
    problems.finish(table)
    if notes:
        result.note(table.label, f"{notes} rows without a code or title (the sheet's notes) "
                                 "not read")


def _read(row: Row, draft: OccupationDraft, file: str) -> None:
    """A Berufsgattung's description, tasks and example job titles."""
    line = row.line
    draft.describe(" ".join(_text(row[_REMARKS]).split()), file, line)
    for task in _items(row[_INCLUDES]):
        draft.responsibility(task, file, line)
    further = _text(row[_FURTHER])
    if _EXAMPLES_LEAD.match(further):
        parts = _EXAMPLE.split(_EXAMPLES_LEAD.sub("", further))
        own = whole_number(row[_CODE]).zfill(_GATTUNG)
        for code, title in zip(parts[1::2], parts[2::2], strict=True):
            if code == own:
                for form in german_forms(" ".join(title.split())):
                    draft.alias(form, file, line)


def _items(cell: str) -> list[str]:
    """The items of a list cell, apart by line breaks or runs of spaces.

    >>> _items("Proben nehmen   Geräte warten, z.&nbsp;B. Pumpen  Berichte schreiben")
    ['Proben nehmen', 'Geräte warten, z. B. Pumpen', 'Berichte schreiben']
    """
    items = (" ".join(item.split()).strip(" ;") for item in _ITEMS.split(_text(cell)))
    return [item for item in items if item]


def german_forms(title: str) -> list[str]:
    """The masculine and feminine forms a neutral German job title joins around a slash
    ("Manager/in", "Manager/-in", "Beauftragte/r", "Facharzt/-ärztin", "Kaufmann/-frau");
    the title alone when it has no such slash (or one between two titles).

    >>> german_forms("Datenbankmanager/in (EDV)")
    ['Datenbankmanager (EDV)', 'Datenbankmanagerin (EDV)']
    >>> german_forms("Tangbeauftragte/r"), german_forms("Oberarzt/-ärztin - Algenkunde")
    (['Tangbeauftragter', 'Tangbeauftragte'], ['Oberarzt - Algenkunde', 'Oberärztin - Algenkunde'])
    >>> german_forms("Hafenkaufmann/-frau"), german_forms("Hebamme/Entbindungspfleger")
    (['Hafenkaufmann', 'Hafenkauffrau'], ['Hebamme/Entbindungspfleger'])
    """
    found = _GENDERED.search(title)
    if found is None:
        return [title]
    head, tail = title[:found.start()], title[found.end():]
    word = head.split()[-1] if head.split() else ""
    dash, ending = found.group(1), found.group(2)
    if ending in ("in", "innen"):
        masculine, feminine = head, head + "in"
    elif ending == "r" and word.endswith("e"):
        masculine, feminine = head + "r", head
    elif dash and (stem := _feminine_word(word, ending)) is not None:
        masculine, feminine = head, head[:len(head) - len(word)] + stem
    else:
        return [title]  # two titles ("A/B"): the slash rule of every taxonomy decides
    return [masculine + tail, feminine + tail]


def _feminine_word(word: str, ending: str) -> str | None:
    """The feminine form of ``word`` a "/-ending" gives: the ending replaces the part of
    the word from where its stem starts ("Facharzt" + "ärztin"), or "mann" becomes
    "frau"; None when the ending fits nowhere."""
    if word.endswith("mann") and ending == "frau":
        return word[:-4] + "frau"
    folded, stem = word.translate(_FOLD).lower(), ending.translate(_FOLD).lower()
    at = folded.rfind(stem[:_SHARED]) if len(stem) >= _SHARED else -1
    return word[:at] + ending if at > 0 else None


def _titles(tables: Tables, drafts: dict[str, OccupationDraft], result: Imported) -> None:
    """The list's job titles as aliases of their Berufsgattung; a title under a code the
    structure lacks is reported once per code, a row without a title at its line, and the
    titles coded otherwise counted in one note."""
    table = _open(tables, "titles", "Gesamtberufsliste der BA")
    if table is None:
        return
    problems = RowProblems(table.label, result)
    others = 0
    gendered = _I_MALE in table.header or _I_FEMALE in table.header
    for row in table.rows():
        found = _TITLE_CODE.match(row[_I_CODE].strip())
        neutral = " ".join(row[_I_NEUTRAL].split())
        if found is None:
            others += 1
            continue
        forms = [" ".join(row[c].split()) for c in (_I_MALE, _I_FEMALE)] if gendered else []
        forms = [form for form in forms if len(form) > 1] or (
            german_forms(neutral) if neutral else [])
        if not forms:
            problems.add(row.line, f"job title row of code {found.group(1)} has no title: "
                                   "not read")
            continue
        for form in dict.fromkeys(forms):
            alias_of_code(drafts, found.group(1), form, table.label, row.line, problems,
                          f"Berufsgattung {found.group(1)} is not in the structure: its job "
                          "titles not read")
    problems.finish(table)
    if others:
        result.note(table.label, f"{others} titles not coded under a Berufsgattung "
                                 "(\"B \" and five digits: courses, fields of study …) not read")
