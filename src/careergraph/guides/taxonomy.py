"""Find occupation taxonomies among the files of a corpus and import them as guides.

A downloaded taxonomy is several tables in one folder.  Files are recognised by name *and*
header row:

- ESCO: ``occupations_<lang>.csv``, ``skills_<lang>.csv``,
  ``occupationSkillRelations_<lang>.csv``, ``broaderRelationsOccPillar_<lang>.csv`` (any CSV
  whose header has the occupations, skills or relations columns counts too, whatever its
  name);
- O*NET: the file names of :data:`~careergraph.guides.taxonomy_onet.ONET_FILES`, tab
  separated, with an ``O*NET-SOC Code`` column (a file named ``Occupation Data.txt`` with
  other columns is an error even without tabs);
- NOC 2021: ``noc_2021_version_1.0_-_elements.csv`` and ``…_-_classification_structure.csv``
  (or any CSV with their ``Code - NOC 2021 V1.0`` header); either one is enough;
- ISCO-08: the ILO's structure and definitions saved as CSV, by its header (``Level``,
  ``ISCO 08 Code``, ``Title EN``) or its name (``ISCO-08 EN Structure and definitions``); the
  workbook itself is an error saying to save it as CSV;
- SOC 2018 (US BLS): ``soc_2018_definitions`` and ``soc_2018_direct_match_title_file`` saved
  as CSV, by header (``SOC Group``, ``SOC Code``, ``SOC Title`` / ``2018 SOC Code``, ``2018
  SOC Title``, ``2018 SOC Direct Match Title``) or name; either one is enough;
- SOC 2020 (UK ONS): Volume 1's "SOC2020 descriptions" sheet and Volume 2's coding index
  saved as CSV, by header (``SOC 2020 Unit Group`` and ``SOC 2020 Group Title`` with a
  description column / ``SOC 2020``, ``INDEXOCC - natural word order``, ``ADD``, ``IND``,
  white space ignored) or by the download's names; the descriptions are needed;
- ROME 4.0 (France Travail): the ``RefRomeCsv`` download's ``unix_<table>_vNNN_utf8.csv``
  files read (the fiches, appellations, texts, links, competences, savoirs, contextes de
  travail, mobilities), by name or header (``code_rome`` with ``libelle_rome`` …); its
  other ``unix_…`` tables are skipped with a note; the fiche table is needed;
- OSCA 2024 / ANZSCO 2022 (ABS): OSCA's "Category Descriptions" (Table 1) and the index of
  principal titles, alternative titles and specialisations saved as CSV, by header
  (``Identifier`` with ``Principal Title`` / ``Description`` and ``Category``) or name;
  either one is enough; the structure workbook is skipped with a note;
- KldB 2010 (Germany's Bundesagentur für Arbeit): the Klassifikationsserver's structure with
  explanations (``KldB_2010,_V._2020-DE-…-Gliederung_mit_Erläuterung.csv``) and the
  Gesamtberufsliste der BA saved as CSV, by header (``Schlüssel KldB 2010…``, ``Ebene``,
  ``Titel`` / ``Codenummer``, ``Bezeichnung neutral kurz``) or name; the structure is needed;
- the Skills Framework dataset (SkillsFuture Singapore): the workbook's ``Job
  Role_Description``, ``Job Role_CWF_KT`` and ``Job Role_TCS_CCS`` sheets saved as CSV, by
  header (``Sector``, ``Track``, ``Job Role`` with ``Job Role Description`` / ``Critical Work
  Function``, ``Key Tasks`` / ``TSC_CCS Title``, ``TSC_CCS Type``, ``Proficiency Level``) or
  by the sheet's name; the description sheet is needed, the ``TSC_CCS_…`` sheets are skipped
  with a note and the workbook itself is an error saying to save its sheets as CSV;
- CBO 2002 (Brazil's Ministério do Trabalho e Emprego): the "estrutura" download's
  ``CBO2002 - <table>.csv`` files (grande grupo, subgrupo principal, subgrupo, família,
  ocupação, sinônimo: ``CODIGO;TITULO``), by name, and its ``PerfilOcupacional`` (by name or
  header: ``COD_OCUPACAO``, ``SGL_GRANDE_AREA``, ``NOME_ATIVIDADE`` …); the ocupação table is
  needed; the older fixed-width ``.txt`` download is an error saying to use the CSV files.

A recognised name with the wrong header is an error naming the file, line 1 and the missing
columns.  The tables of one folder form one taxonomy; it needs its occupations table
(``occupations_<lang>.csv`` / ``Occupation Data.txt``).  The download's other tables
(ISCO groups, skill groups, abilities, tasks …) are skipped with a note, never parsed as
guides; other CSV files found in a folder are ignored (named directly, an error).  Text
guides in the same folder stay guides.

>>> bundles, rest, problems = claim([("esco/occupations_en.csv",
...                                   Path("tests/fixtures/taxonomy/esco/occupations_en.csv"))])
>>> [(b.format, sorted(b.tables)) for b in bundles], rest, problems
([('esco', ['occupations'])], [], [])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from careergraph.errors import GuideError
from careergraph.guides.tables import HEAD_BYTES, Table, first_line, first_line_of
from careergraph.guides.taxonomy_anzsco import (
    ABS_STRUCTURE_NAME,
    anzsco_header,
    anzsco_kind_of_name,
    import_anzsco,
)
from careergraph.guides.taxonomy_cbo import cbo_kind_of_header, cbo_kind_of_name, import_cbo
from careergraph.guides.taxonomy_esco import ESCO_COLUMNS, esco_kind_of_header, import_esco
from careergraph.guides.taxonomy_isco import import_isco, is_isco_header
from careergraph.guides.taxonomy_kldb import import_kldb, kldb_header, kldb_kind_of_name
from careergraph.guides.taxonomy_noc import NOC_CODE, import_noc, noc_kind_of_header
from careergraph.guides.taxonomy_onet import MIN_IMPORTANCE, ONET_FILES, import_onet
from careergraph.guides.taxonomy_result import Imported
from careergraph.guides.taxonomy_rome import (
    ROME_OTHER_NAMES,
    import_rome,
    rome_kind_of_header,
    rome_kind_of_name,
)
from careergraph.guides.taxonomy_skillsframework import (
    SFW_WORKBOOK,
    import_skills_framework,
    sfw_header,
    sfw_kind_of_name,
    sfw_other_name,
)
from careergraph.guides.taxonomy_soc import import_soc, soc_header
from careergraph.guides.taxonomy_uksoc import import_uksoc, uksoc_header
from careergraph.guides.walk import SPREADSHEET_SUFFIXES
from careergraph.model import Problem, Severity

__all__ = ["TAXONOMY_SUFFIXES", "Bundle", "TaxonomyOptions", "claim", "import_bundle"]

#: Suffixes a taxonomy table can have (``.txt`` files are guides unless recognised).
TAXONOMY_SUFFIXES = (".csv", ".txt")
Format = Literal["esco", "onet", "noc", "isco", "soc", "uksoc", "rome", "anzsco", "kldb",
                 "sfw", "cbo"]

_ESCO_NAMES = re.compile(
    r"^(occupations|skills|occupationSkillRelations|broaderRelationsOccPillar)"
    r"(_[A-Za-z]{2,3}(-[A-Za-z]+)?)?\.csv$", re.IGNORECASE)
_ESCO_KIND_OF_NAME = {"occupations": "occupations", "skills": "skills",
                      "occupationskillrelations": "relations",
                      "broaderrelationsoccpillar": "broader"}
# The download's other tables, by name: never claimed by header, as the skill collections
# (digitalSkillsCollection_en.csv …) have the skills table's columns and would take its place.
_ESCO_OTHER_NAMES = re.compile(
    r"^([A-Za-z]+Collection|ISCOGroups|skillGroups|skillsHierarchy|skillSkillRelations|"
    r"broaderRelationsSkillPillar|conceptSchemes|dictionary|greenShareOcc)"
    r"(_[A-Za-z]{2,3}(-[A-Za-z]+)?)?\.csv$", re.IGNORECASE)
# Columns ESCO tables share: a CSV with one of them is an ESCO table (maybe one not read).
_ESCO_MARKS = ("conceptUri", "conceptType", "occupationUri")
# A collection's column (a subset of the skills or occupations, with their group).
_COLLECTION_MARK = "broaderConceptUri"
_ONET_CODE = "O*NET-SOC Code"
_NAMES = {"esco": "ESCO", "onet": "O*NET", "noc": "NOC", "isco": "ISCO-08", "soc": "SOC 2018",
          "uksoc": "SOC 2020", "rome": "ROME", "anzsco": "OSCA / ANZSCO",
          "kldb": "KldB 2010", "sfw": "Skills Framework", "cbo": "CBO 2002"}
# Statistics Canada's English NOC 2021 download; the French one (CNP) is not read.
_NOC_NAMES = re.compile(r"^noc_2021_version_1\.0_(-_)?(elements|classification_structure)"
                        r"\.csv$", re.IGNORECASE)
_NOC_KIND_OF_NAME = {"elements": "elements", "classification_structure": "occupations"}
_CNP = re.compile(r"^cnp_2021_version_1\.0_|CNP 2021", re.IGNORECASE)
# The ILO's ISCO-08 workbook, by its file stem (spaces or underscores, as saved).
_ISCO_NAME = re.compile(r"^ISCO-?08[ _-]+EN[ _-]+Structure[ _-]+and[ _-]+definitions",
                        re.IGNORECASE)
# The BLS's SOC 2018 workbooks read (saved as CSV), by file stem.
_SOC_NAMES = re.compile(r"^soc_2018_(definitions|direct_match_title_file)", re.IGNORECASE)
_SOC_KIND_OF_NAME = {"definitions": "occupations", "direct_match_title_file": "titles"}
# The ONS's SOC 2020 workbooks (Volume 1, Volume 2's coding index), by file stem: the
# download's names carry a date ("…unitgroupsexcel16042025").
_UKSOC_NAMES = re.compile(r"^soc2020volume(1structureanddescription|2thecodingindex)",
                          re.IGNORECASE)
_UKSOC_KIND_OF_NAME = {"1structureanddescription": "occupations", "2thecodingindex": "titles"}
# The tables a bundle needs one of to be read (NOC's elements repeat each class title).
_ANCHORS: dict[str, tuple[str, ...]] = {"esco": ("occupations",), "onet": ("occupations",),
                                        "noc": ("occupations", "elements"),
                                        "isco": ("occupations",),
                                        "soc": ("occupations", "titles"),
                                        "uksoc": ("occupations",),
                                        "rome": ("occupations",),
                                        "anzsco": ("occupations", "titles"),
                                        "kldb": ("occupations",),
                                        "sfw": ("roles",),
                                        "cbo": ("occupations",)}
_ANCHOR_FILES = {"esco": "occupations_<lang>.csv", "onet": "Occupation Data.txt",
                 "noc": "noc_2021_version_1.0_-_elements.csv",
                 "isco": "ISCO-08 EN Structure and definitions.csv",
                 "soc": "soc_2018_definitions.csv",
                 "uksoc": "Volume 1's 'SOC2020 descriptions' sheet saved as CSV",
                 "rome": "unix_referentiel_code_rome_vNNN_utf8.csv",
                 "anzsco": "OSCA Category Descriptions (Table 1) saved as CSV",
                 "kldb": "KldB_2010,_V._2020-DE-…-Gliederung_mit_Erläuterung.csv",
                 "sfw": "the 'Job Role_Description' sheet saved as CSV",
                 "cbo": "CBO2002 - Ocupacao.csv"}
# O*NET OnLine's "save table" export (a search result, not the database): Code, Occupation.
_ONLINE_COLUMNS = ("Code", "Occupation")
_ONLINE = ("an O*NET OnLine table export (columns Code, Occupation): careergraph reads the "
           "O*NET database's text download (db_XX_X_text.zip from onetcenter.org/database.html, "
           "with 'Occupation Data.txt')")
_SPREADSHEET = ("a spreadsheet: careergraph reads the {what} text download; save the sheet as "
                "{how} or download the text version")
# Names of O*NET tables that a guide is unlikely to carry: claimed even without tabs.
_ONET_DISTINCT = frozenset(ONET_FILES) - {"Skills.txt", "Knowledge.txt"}


@dataclass(frozen=True)
class TaxonomyOptions:
    """Choices when importing taxonomies.

    ``onet_min_importance``: lowest O*NET importance rating (IM, 1-5) for a Skills or
    Knowledge element to become a requirement.
    """

    onet_min_importance: float = MIN_IMPORTANCE


@dataclass
class Bundle:
    """The tables of one taxonomy in one folder: ``{kind: (label, path)}``."""

    format: Format
    folder: Path
    tables: dict[str, tuple[str, Path]] = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        return sorted(label for label, _ in self.tables.values())


def _header(path: Path, delimiter: str) -> list[str]:
    return Table(path, path.name, delimiter).header if first_line(path) else []


def _esco_kind(name: str, header: list[str]) -> tuple[str | None, str | None]:
    """(kind by name, kind by header) of a CSV file."""
    match = _ESCO_NAMES.match(name)
    by_name = _ESCO_KIND_OF_NAME[match.group(1).lower()] if match else None
    by_header = esco_kind_of_header(header)
    if by_name == "broader" and all(c in header for c in ESCO_COLUMNS["broader"]):
        by_header = "broader"
    return by_name, by_header


#: The first bytes of a file (at least ``HEAD_BYTES``, or all of it) by its label and path,
#: when the caller has them; None: read them here.
Head = Callable[[str, Path], bytes | None]


class _Claims:
    def __init__(self, named: Collection[str], head: Head | None = None,
                 plain: Collection[str] = ()) -> None:
        self.named = named
        self.head = head
        self.plain = plain
        self.bundles: dict[tuple[Format, Path], Bundle] = {}
        self.problems: list[Problem] = []

    def add(self, format_: Format, kind: str, label: str, path: Path) -> None:
        folder = path.parent
        bundle = self.bundles.setdefault((format_, folder), Bundle(format_, folder))
        if kind in bundle.tables:
            self.error(label, f"a second {_NAMES[format_]} {kind} table in {folder}: not read",
                       f"the first is {bundle.tables[kind][0]}")
        else:
            bundle.tables[kind] = (label, path)

    def error(self, label: str, message: str, hint: str = "") -> None:
        text = message + (f" ({hint})" if hint else "")
        self.problems.append(Problem(file=label, line=1, message=text, severity=Severity.ERROR))

    def skip(self, label: str, why: str) -> None:
        """A table careergraph does not read: a note, or an error when it was asked for."""
        if label in self.named:
            self.error(label, f"not a table careergraph reads: {why}")
        else:
            self.problems.append(Problem(file=label, line=1, message=f"skipped: {why}"))

    def spreadsheet(self, label: str, path: Path) -> None:
        """A spreadsheet named like a taxonomy table (O*NET's Excel download) is an error
        saying what to download instead; any other is ignored in a folder."""
        if path.stem + ".txt" in ONET_FILES:
            self.error(label, _SPREADSHEET.format(what="O*NET database's",
                                                  how="'Text (Tab delimited)'"),
                       "db_XX_X_text.zip from onetcenter.org/database.html")
        elif _ESCO_NAMES.match(path.stem + ".csv"):
            self.error(label, _SPREADSHEET.format(what="ESCO CSV", how="CSV UTF-8"))
        elif _ISCO_NAME.match(path.stem):
            self.error(label, "a spreadsheet: careergraph reads the ISCO-08 structure "
                              "saved as CSV; save its sheet as CSV UTF-8")
        elif _UKSOC_NAMES.match(path.stem):
            self.error(label, "a spreadsheet: careergraph reads the SOC 2020 sheets saved as "
                              "CSV; save 'SOC2020 descriptions' (Volume 1) or 'SOC2020 coding "
                              "index' (Volume 2) as CSV UTF-8")
        elif anzsco_kind_of_name(path.name) or ABS_STRUCTURE_NAME.match(path.stem):
            self.error(label, "a spreadsheet: careergraph reads the OSCA / ANZSCO sheets saved "
                              "as CSV; save 'Table 1' of the Category Descriptions or of the "
                              "title index as CSV UTF-8")
        elif kldb_kind_of_name(path.name):
            self.error(label, "a spreadsheet: careergraph reads the KldB 2010 tables saved as "
                              "CSV; save the Klassifikationsserver's 'Gliederung mit "
                              "Erläuterung' as CSV, or the Gesamtberufsliste's sheet as CSV "
                              "UTF-8")
        elif SFW_WORKBOOK.search(path.stem) or sfw_kind_of_name(path.name):
            self.error(label, "a spreadsheet: careergraph reads the Skills Framework dataset's "
                              "sheets saved as CSV; save 'Job Role_Description', 'Job "
                              "Role_CWF_KT' and 'Job Role_TCS_CCS' each as CSV UTF-8")
        elif _SOC_NAMES.match(path.stem):
            self.error(label, "a spreadsheet: careergraph reads the SOC 2018 tables saved as "
                              "CSV; save the sheet as CSV UTF-8 (the header row first)")
        elif label in self.named:
            self.error(label, "a spreadsheet, not a guide or taxonomy table careergraph reads")

    def online_export(self, label: str, header: list[str]) -> bool:
        """An O*NET OnLine export is an error saying what to download instead."""
        if all(column in header for column in _ONLINE_COLUMNS):
            self.error(label, _ONLINE)
            return True
        return False

    def csv(self, label: str, path: Path) -> None:
        # The CBO's tables by name first: a damaged one is the importer's to report.
        if self.cbo(label, path, cbo_kind_of_name(path.name)):
            return
        header = _header(path, ",")
        if (self.online_export(label, header)
                or self.cbo(label, path, cbo_kind_of_header(header))
                or self.noc(label, path, header)
                or self.isco(label, path, header) or self.soc(label, path)
                or self.uksoc(label, path) or self.rome(label, path, header)
                or self.anzsco(label, path) or self.kldb(label, path)
                or self.sfw(label, path)):
            return
        by_name, by_header = _esco_kind(path.name, header)
        if by_name is None and (_ESCO_OTHER_NAMES.match(path.name)
                                or _COLLECTION_MARK in header):
            by_header = None  # a collection or another table of the download
        if by_header is not None and by_name not in (None, by_header):
            self.error(label, f"named like the ESCO {by_name} table but its header is the "
                              f"{by_header} table's")
        elif by_header is not None:
            self.add("esco", by_header, label, path)
        elif by_name is not None:
            # Claimed anyway: the importer reports the missing columns.
            self.add("esco", by_name, label, path)
        elif any(mark in header for mark in _ESCO_MARKS):
            self.skip(label, "an ESCO table careergraph does not read")
        elif label in self.named:
            self.error(label, "not a table careergraph reads: a CSV file that is no ESCO "
                              "occupations, skills or relations table")
        # Otherwise a CSV of another kind found in a folder: ignored, as any data file.

    def noc(self, label: str, path: Path, header: list[str]) -> bool:
        """Claim a NOC 2021 table (by header, else by name: the importer then reports the
        missing columns); the French download is skipped with a note."""
        by_header = noc_kind_of_header(header)
        named = _NOC_NAMES.match(path.name)
        # The name wins: the structure's columns are a subset of the elements', so an
        # elements table with a damaged header would pass for the structure.
        kind = _NOC_KIND_OF_NAME[named.group(2).lower()] if named else by_header
        if by_header == "elements" and kind != by_header:
            self.error(label, "named like the NOC classification structure but its header "
                              "is the elements table's")
            return True
        if kind is not None:
            self.add("noc", kind, label, path)
            return True
        if _CNP.search(path.name) or any(_CNP.search(c) for c in header) or (
                NOC_CODE in header):
            self.skip(label, "a NOC table careergraph does not read (it reads the English "
                             "classification structure and elements)")
            return True
        return False

    def isco(self, label: str, path: Path, header: list[str]) -> bool:
        """Claim the ISCO-08 structure saved as CSV, by header or by name (the importer then
        reports the missing columns)."""
        if is_isco_header(header) or _ISCO_NAME.match(path.stem):
            self.add("isco", "occupations", label, path)
            return True
        return False

    def soc(self, label: str, path: Path) -> bool:
        """Claim a SOC 2018 table saved as CSV, by header, else by name (the importer then
        reports the missing columns)."""
        named = _SOC_NAMES.match(path.stem)
        found = soc_header(path)  # line 1, or below the title rows a workbook keeps
        kind = found[0] if found else (
            _SOC_KIND_OF_NAME[named.group(1).lower()] if named else None)
        if kind is None:
            return False
        self.add("soc", kind, label, path)
        return True

    def uksoc(self, label: str, path: Path) -> bool:
        """Claim a SOC 2020 sheet saved as CSV, by header, else by name (the importer then
        reports the missing columns); the framework sheet is skipped with a note."""
        named = _UKSOC_NAMES.match(path.stem)
        found = uksoc_header(path)  # its quoted header cells may span lines
        if found is not None and found[0] == "framework" and not named:
            self.skip(label, "the SOC 2020 framework sheet (codes and titles): careergraph "
                             "reads the 'SOC2020 descriptions' sheet")
            return True
        kind = found[0] if found and found[0] != "framework" else (
            _UKSOC_KIND_OF_NAME[named.group(1).lower()] if named else None)
        if kind is None:
            return False
        self.add("uksoc", kind, label, path)
        return True

    def rome(self, label: str, path: Path, header: list[str]) -> bool:
        """Claim a ROME table, by name (the importer then reports missing columns), else by
        header; the download's other ``unix_…`` tables are skipped with a note."""
        kind = rome_kind_of_name(path.name) or rome_kind_of_header(header)
        return self.claim_or_skip(
            "rome", kind, label, path, ROME_OTHER_NAMES.match(path.name) is not None,
            "a ROME table careergraph does not read (it reads the fiches, appellations, texts, "
            "links, competences, savoirs and mobilities)")

    def anzsco(self, label: str, path: Path) -> bool:
        """Claim an OSCA / ANZSCO table saved as CSV, by header, else by name (the importer
        then reports the missing columns); the structure workbook is skipped with a note."""
        found = anzsco_header(path)  # below the title block the workbooks keep
        kind = found[0] if found else anzsco_kind_of_name(path.name)
        return self.claim_or_skip(
            "anzsco", kind, label, path, ABS_STRUCTURE_NAME.match(path.stem) is not None,
            "the OSCA / ANZSCO structure (codes, titles and skill levels): careergraph reads "
            "the category descriptions and the title index")

    def kldb(self, label: str, path: Path) -> bool:
        """Claim a KldB 2010 table saved as CSV, by header, else by name (the importer then
        reports the missing columns)."""
        found = kldb_header(path)  # line 1, or below the list's title block
        kind = found[0] if found else kldb_kind_of_name(path.name)
        return self.claim_or_skip("kldb", kind, label, path, False, "")

    def sfw(self, label: str, path: Path) -> bool:
        """Claim a Skills Framework sheet saved as CSV, by header, else by name (the importer
        then reports the missing columns); the workbook's other sheets are skipped with a
        note."""
        found = sfw_header(path)  # line 1, or below rows a spreadsheet kept above it
        kind = found[0] if found else sfw_kind_of_name(path.name)
        return self.claim_or_skip(
            "sfw", kind, label, path, sfw_other_name(path.name),
            "a Skills Framework sheet careergraph does not read (it reads the job roles' "
            "descriptions, critical work functions and key tasks, and TSCs and CCSs)")

    def cbo(self, label: str, path: Path, kind: str | None) -> bool:
        """Claim a CBO 2002 table of ``kind``: found by name (the importer then reports
        missing columns), or the occupational profile by header (the structure tables'
        ``CODIGO;TITULO`` header does not say which table it is)."""
        return self.claim_or_skip("cbo", kind, label, path, False, "")

    def cbo_text(self, label: str, path: Path) -> bool:
        """The CBO's older fixed-width text download (``CBO2002 - Ocupacao.txt`` …) is an
        error saying to use the CSV files; False for any other text file."""
        if cbo_kind_of_name(path.name) is None:
            return False
        self.error(label, "the CBO 2002 fixed-width text file: careergraph reads the CSV "
                          "files of the 'estrutura' download (CBO2002 - Ocupacao.csv, "
                          "CBO2002 - Sinonimo.csv, CBO2002 - PerfilOcupacional.csv …)")
        return True

    def claim_or_skip(self, format_: Format, kind: str | None, label: str, path: Path,
                      other: bool, why: str) -> bool:
        """Add a table of ``kind``; else, for ``other`` (another table of the download),
        skip it saying ``why``; whether the file was taken."""
        if kind is not None:
            self.add(format_, kind, label, path)
        elif other:
            self.skip(label, why)
        return kind is not None or other

    def tab_first(self, label: str, path: Path) -> bool:
        """Whether a file's first line holds a tab, from the bytes the caller read when it
        has them.  Bytes without a tab byte in their head decode to no tab in any of the
        encodings :func:`first_line_of` tries (UTF-8, UTF-16, Windows-1252): a guide's
        bytes are not decoded for the test."""
        head = self.head(label, path) if self.head is not None else None
        if head is None:
            return "\t" in first_line(path)
        return head.find(b"\t", 0, HEAD_BYTES) >= 0 and "\t" in first_line_of(head)

    def onet(self, label: str, path: Path, onet_folders: set[Path]) -> bool:
        """Claim a ``.txt`` file that is an O*NET table; False for a text guide."""
        kind = ONET_FILES.get(path.name)
        tabs = kind or path.parent in onet_folders or (
            label not in self.plain and self.tab_first(label, path))
        header = _header(path, "\t") if tabs else []
        if kind is None and self.online_export(label, header):
            return True
        tabbed = len(header) > 1
        if kind is not None and (tabbed or path.name in _ONET_DISTINCT):
            self.add("onet", kind, label, path)
            return True
        if path.parent in onet_folders and tabbed:
            self.skip(label, "an O*NET table careergraph does not read")
            return True
        return False


def _onet_folders(entries: Sequence[tuple[str, Path]]) -> set[Path]:
    return {path.parent for _, path in entries if path.name == "Occupation Data.txt"}


def claim(entries: Sequence[tuple[str, Path]], named: Collection[str] = (),
          head: Head | None = None, plain: Collection[str] = ()
          ) -> tuple[list[Bundle], list[tuple[str, Path]], list[Problem]]:
    """Split ``(label, path)`` entries into taxonomy bundles and the remaining guide files.

    ``named`` holds the labels the user gave directly: an unreadable table among them is an
    error, found in a folder a note.  Problems: tables skipped, names with wrong headers,
    tables without their occupations table.  ``head``: a file's first bytes when the caller
    reads the file anyway (a text guide is recognised by its first line), so it is not
    opened twice.  ``plain``: labels of files whose first
    :data:`~careergraph.guides.tables.HEAD_BYTES` bytes are known to hold no tab (a text
    file among them is a guide unless its name or folder says otherwise: not opened).

    >>> claim([("a.txt", Path("/nowhere/a.txt"))], plain={"a.txt"})[1]
    [('a.txt', PosixPath('/nowhere/a.txt'))]
    """
    claims = _Claims(named, head, plain)
    onet_folders = _onet_folders(entries)
    rest: list[tuple[str, Path]] = []
    for label, path in entries:
        suffix = path.suffix.lower()
        if suffix == ".csv":
            claims.csv(label, path)
        elif suffix in SPREADSHEET_SUFFIXES:
            claims.spreadsheet(label, path)
        elif suffix == ".txt" and (claims.cbo_text(label, path)
                                   or claims.onet(label, path, onet_folders)):
            pass
        else:
            rest.append((label, path))
    bundles = []
    for bundle in claims.bundles.values():
        if any(kind in bundle.tables for kind in _ANCHORS[bundle.format]):
            bundles.append(bundle)
            continue
        anchor = _ANCHOR_FILES[bundle.format]
        for label in bundle.labels:
            claims.error(label, f"{_NAMES[bundle.format]} table without its occupations "
                                "table: not read", f"keep {anchor} in the same folder")
    return bundles, rest, claims.problems


def import_bundle(bundle: Bundle, options: TaxonomyOptions | None = None) -> Imported:
    """Import one taxonomy; an occupations table that cannot be read becomes an error
    problem (no guides), as every other table's does.

    >>> bundles, _, _ = claim([("o.csv", Path("tests/fixtures/taxonomy/esco/occupations_en.csv"))])
    >>> len(import_bundle(bundles[0]).guides)
    12
    """
    options = options or TaxonomyOptions()
    try:
        if bundle.format == "esco":
            return import_esco(bundle.tables)
        if bundle.format == "noc":
            return import_noc(bundle.tables)
        if bundle.format == "isco":
            return import_isco(bundle.tables)
        if bundle.format == "soc":
            return import_soc(bundle.tables)
        if bundle.format == "uksoc":
            return import_uksoc(bundle.tables)
        if bundle.format == "rome":
            return import_rome(bundle.tables)
        if bundle.format == "anzsco":
            return import_anzsco(bundle.tables)
        if bundle.format == "kldb":
            return import_kldb(bundle.tables)
        if bundle.format == "sfw":
            return import_skills_framework(bundle.tables)
        if bundle.format == "cbo":
            return import_cbo(bundle.tables)
        return import_onet(bundle.tables, min_importance=options.onet_min_importance)
    except GuideError as exc:
        result = Imported()
        result.error(exc)
        return result
