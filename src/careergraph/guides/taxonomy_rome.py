"""France Travail's ROME 4.0 open data (the ``RefRomeCsv`` download) as guides.

The download is one CSV file per table, named ``unix_<table>_v4NN_utf8.csv`` (``v460``,
``v461`` …), comma separated, UTF-8, keyed by the fiche's ROME code (a letter and four
digits: "M1805") and by OGR codes (numbers) for the items of the referentials:

- ``unix_referentiel_code_rome`` (``code_rome``, ``libelle_rome``; ``code_ogr``,
  ``code_fiche_metier``, ``code_rome_parent``, transition and status flags not read): one
  guide per fiche métier, its row the role's source;
- ``unix_referentiel_appellation`` (``code_rome``, ``libelle_appellation_long``): the
  fiche's appellations, its aliases (under the rules every taxonomy's alternative titles
  follow: a title naming another level of the role or another guide's title is left out).
  An appellation gives a title's masculine and feminine forms around a slash
  ("Contrôleur / Contrôleuse d'étanchéité"): each form is an alias
  (:func:`gendered_forms`), as a slash title is otherwise read as two titles;
- ``unix_texte`` (``code_rome``, ``libelle_type_texte``, ``libelle_texte``,
  ``position_phrase``): the ``definition`` sentences are the summary, each ``acces_metier``
  sentence a requirement;
- ``unix_liens_rome_referentiels`` (``code_rome``, ``code_compo_bloc``, ``code_rubrique``,
  ``code_ogr``) with ``unix_referentiel_competence`` (``code_ogr``, ``libelle_competence``)
  and ``unix_referentiel_savoir`` (``code_ogr_savoir``, ``libelle_savoir``): block 5's
  rubriques are the skills, 1 savoir-faire and 3 savoirs TECHNICAL, 2 savoir-être
  professionnel SOFT; block 6 links the contextes de travail
  (``unix_referentiel_contexte_travail``: ``code_ogr``, ``libelle_cont_travail``, and the
  type ``libelle_type_cont_trav``): those of the type "Types de structures" name the kinds
  of employer the fiche works in ("Entreprise de transport", "Collectivité territoriale"),
  each a sector with its link row's line; careergraph has no fact for the other types
  (working conditions, hours, places): they are counted in a note, never made skills;
- ``unix_rubrique_mobilite`` (``code_rome``, ``code_rome_cible``, ``numero_ordre``): each
  row a move from one fiche to another.  ROME 4.0 ranks its mobilities but no longer types
  them, so each is a lateral move (TRANSITIONS_TO), never a move up; a table with ROME 3's
  ``code_type_mobilite`` column is read by it (1 proche: lateral, 2 évolution: LEADS_TO).

Every fact's source is the row it was read from.  A row naming a fiche the code table does
not hold is reported at its line (once per code); a link or mobility row naming an unknown
item or target is reported at its own line.

>>> from pathlib import Path
>>> folder = Path("tests/fixtures/taxonomy/rome")
>>> tables = {"occupations": ("rome/c.csv",
...                           folder / "unix_referentiel_code_rome_v460_utf8.csv")}
>>> guide = import_rome(tables).guides[0]
>>> guide.role.text, guide.role.source.label
('Apiculture', 'rome/c.csv:2')
"""

from __future__ import annotations

import re
from collections import Counter

from careergraph.errors import GuideError
from careergraph.guides.occupation import OccupationDraft
from careergraph.guides.tables import Table, Tables, open_table
from careergraph.guides.taxonomy_result import (
    Imported,
    RowProblems,
    alias_of_code,
    new_occupation,
)
from careergraph.model import Layout, SkillKind

__all__ = ["ROME_COLUMNS", "ROME_NAMES", "ROME_OTHER_NAMES", "gendered_forms", "import_rome",
           "rome_kind_of_header", "rome_kind_of_name"]

#: Columns each table must have (checked in the header); the others are not read.
ROME_COLUMNS: dict[str, tuple[str, ...]] = {
    "occupations": ("code_rome", "libelle_rome"),
    "appellations": ("code_rome", "libelle_appellation_long"),
    "texts": ("code_rome", "libelle_type_texte", "libelle_texte"),
    "links": ("code_rome", "code_compo_bloc", "code_ogr"),
    "competences": ("code_ogr", "libelle_competence"),
    "savoirs": ("code_ogr_savoir", "libelle_savoir"),
    "contexts": ("code_ogr", "libelle_cont_travail"),
    "mobility": ("code_rome", "code_rome_cible"),
}
#: The download's file names of the tables read, by kind (``unix_<name>_vNNN_utf8.csv``).
ROME_NAMES = re.compile(
    r"^unix_(referentiel_code_rome|referentiel_appellation|texte|liens_rome_referentiels|"
    r"referentiel_competence|referentiel_savoir|referentiel_contexte_travail|"
    r"rubrique_mobilite)_v\d{3}(_utf8)?\.csv$", re.IGNORECASE)
_KIND_OF_NAME = {"referentiel_code_rome": "occupations",
                 "referentiel_appellation": "appellations", "texte": "texts",
                 "liens_rome_referentiels": "links", "referentiel_competence": "competences",
                 "referentiel_savoir": "savoirs", "referentiel_contexte_travail": "contexts",
                 "rubrique_mobilite": "mobility"}
#: The download's other tables (arborescences, centres d'intérêt, RIASEC, secteurs …).
ROME_OTHER_NAMES = re.compile(r"^unix_[a-z_]+_v\d{3}(_utf8)?\.csv$", re.IGNORECASE)
# Header kinds, most columns first: a table holding the columns of two kinds is the richer.
_BY_HEADER = ("links", "texts", "mobility", "appellations", "occupations", "savoirs",
              "competences", "contexts")
_CODE = re.compile(r"^[A-Z]\d{4}$")
_COMPETENCES, _CONTEXTS = "5", "6"
# Block 5's rubriques: (the referential the OGR code is in, the skill kind).
_RUBRIQUES = {"1": ("competences", SkillKind.TECHNICAL),  # savoir-faire
              "2": ("competences", SkillKind.SOFT),  # savoir-être professionnel
              "3": ("savoirs", SkillKind.TECHNICAL)}  # savoirs
# "… word / word …": the word before a slash and the word after it.
_PAIR = re.compile(r"^(?P<before>.*?)(?P<first>[^\s/]+)\s*/\s*(?P<second>[^\s/]+)(?P<after>.*)$")
_SHARED = 3  # letters a masculine and a feminine form share at least ("Chef / Cheffe")
_ENDING = 3  # letters in which their endings may differ ("-eur" / "-rice")
# The type of contexte de travail that names kinds of employer ("Types de structures").
_STRUCTURES = re.compile(r"^types?\s+de\s+structures?\b", re.IGNORECASE)
_CONTEXT_TYPE = "libelle_type_cont_trav"
_V3_TYPE = "code_type_mobilite"
_V3_MOVES = {"1": "lateral", "2": "up"}  # proche, évolution


def rome_kind_of_name(name: str) -> str | None:
    """The ROME table a download file name is.

    >>> rome_kind_of_name("unix_rubrique_mobilite_v461_utf8.csv")
    'mobility'
    """
    match = ROME_NAMES.match(name)
    return _KIND_OF_NAME[match.group(1).lower()] if match else None


def gendered_forms(title: str) -> list[str]:
    """The forms a title gives around a slash between the masculine and feminine forms of
    one word (:func:`_same_word`), the other words shared, or between two whole forms whose
    other words are the same (the first may leave out the end of the second); another title
    is itself.

    >>> gendered_forms("Vitrailliste restaurateur / restauratrice d'art")
    ["Vitrailliste restaurateur d'art", "Vitrailliste restauratrice d'art"]
    >>> gendered_forms("Apiculteur / Apicultrice"), gendered_forms("Cariste / Magasinier")
    (['Apiculteur', 'Apicultrice'], ['Cariste / Magasinier'])
    >>> gendered_forms("Conducteur / Convoyeur de bus")
    ['Conducteur / Convoyeur de bus']
    >>> gendered_forms("Chef de rucher / Cheffe de rucher école")
    ['Chef de rucher école', 'Cheffe de rucher école']
    """
    match = _PAIR.match(title) if title.count("/") == 1 else None
    if match is None:
        return [title]
    first, second = match["first"], match["second"]
    if _same_word(first, second):
        return [f"{match['before']}{word}{match['after']}" for word in (first, second)]
    left, right = (side.split() for side in title.split("/"))
    if (len(left) > 1 and len(right) >= len(left) and _same_word(left[0], right[0])
            and left[1:] == right[1:len(left)]):
        return [" ".join(left + right[len(left):]), " ".join(right)]
    return [title]  # two different titles: not the forms of one


def _same_word(first: str, second: str) -> bool:
    """Whether two words are the masculine and feminine forms of one: they differ only in
    the ending (at most the shorter's last three letters: "Conduct-eur" / "Conduct-rice",
    "Chef" / "Chef-fe"), not "Conducteur" / "Convoyeur".

    >>> _same_word("Contrôleur", "Contrôleuse"), _same_word("Conducteur", "Convoyeur")
    (True, False)
    """
    shared = next((i for i, (a, b) in enumerate(zip(first.lower(), second.lower(), strict=False))
                   if a != b), min(len(first), len(second)))
    return shared >= max(_SHARED, min(len(first), len(second)) - _ENDING)


def rome_kind_of_header(header: list[str]) -> str | None:
    """The ROME table a header is, whatever the file name.

    >>> rome_kind_of_header(["code_ogr", "libelle_appellation_long", "code_rome"])
    'appellations'
    """
    for kind in _BY_HEADER:
        if all(column in header for column in ROME_COLUMNS[kind]):
            return kind
    return None


class _Rome:
    """The tables of one download being read into drafts by ROME code."""

    def __init__(self, tables: Tables, result: Imported) -> None:
        self.tables = tables
        self.result = result
        self.drafts: dict[str, OccupationDraft] = {}
        self.titles: dict[str, str] = {}

    def open(self, kind: str) -> Table | None:
        """The table of ``kind``; a wrong header is an error problem (None), but the code
        table's, which is raised as nothing can be read without it."""
        try:
            return open_table(self.tables, kind, ROME_COLUMNS[kind], ",", f"ROME {kind}")
        except GuideError as exc:
            if kind == "occupations":
                raise
            self.result.error(exc)
            return None

    def occupations(self, table: Table) -> None:
        problems = RowProblems(table.label, self.result)
        for row in table.rows():
            code, title = row["code_rome"], row["libelle_rome"]
            if not code or not title:
                problems.add(row.line, "fiche without code_rome or libelle_rome: not read")
            elif not _CODE.match(code):
                problems.add(row.line, f"ROME code {code!r} is not a letter and four digits: "
                                       "not read")
            elif new_occupation(self.drafts, code, OccupationDraft(
                    table.label, Layout.ROME, title, row.line), problems,
                    "ROME code") is not None:
                self.titles[code] = title
        problems.finish(table)

    def appellations(self, table: Table) -> None:
        problems = RowProblems(table.label, self.result)
        for row in table.rows():
            code, title = row["code_rome"], row["libelle_appellation_long"]
            for form in gendered_forms(title) if title else ():
                alias_of_code(self.drafts, code, form, table.label, row.line, problems,
                              f"unknown ROME code {code!r}: its appellations not read")
        problems.finish(table)

    def texts(self, table: Table) -> None:
        """Definitions (their sentences joined, in order) and access sentences."""
        problems = RowProblems(table.label, self.result)
        definitions: dict[str, list[tuple[int, int, str]]] = {}
        for row in table.rows():
            code, kind, text = row["code_rome"], row["libelle_type_texte"], row["libelle_texte"]
            draft = self.drafts.get(code)
            if draft is None:
                problems.once(code, row.line, f"unknown ROME code {code!r}: its texts not read")
            elif kind == "definition" and text:
                position = row["position_phrase"]
                order = int(position) if position.isdigit() else 0
                definitions.setdefault(code, []).append((order, row.line, text))
            elif kind == "acces_metier" and text:
                draft.requirement(text, table.label, row.line)
        for code, sentences in definitions.items():
            sentences.sort()
            self.drafts[code].describe(" ".join(text for _, _, text in sentences),
                                       table.label, sentences[0][1])
        problems.finish(table)

    def labels(self, kind: str, code: str, label: str,
               types: dict[str, str] | None = None) -> dict[str, str]:
        """The labels by OGR code of one referential (competences, savoirs, contexts);
        ``types``: filled with each context's type label, when the table has one."""
        table = self.open(kind)
        if table is None:
            return {}
        problems = RowProblems(table.label, self.result)
        found: dict[str, str] = {}
        for row in table.rows():
            if not row[code] or not row[label]:
                problems.add(row.line, f"item without {code} or {label}: not read")
            elif row[code] not in found:
                found[row[code]] = row[label]
                if types is not None:
                    types[row[code]] = row[_CONTEXT_TYPE]
        problems.finish(table)
        return found

    def links(self, table: Table) -> None:
        """Block 5's skills; block 6's contexts and the other blocks counted in a note."""
        referentials = {
            "competences": self.labels("competences", "code_ogr", "libelle_competence"),
            "savoirs": self.labels("savoirs", "code_ogr_savoir", "libelle_savoir")}
        types: dict[str, str] = {}
        contexts = self.labels("contexts", "code_ogr", "libelle_cont_travail", types)
        problems = RowProblems(table.label, self.result)
        others: Counter[str] = Counter()
        missing: set[str] = set()
        for row in table.rows():
            code, block, ogr = row["code_rome"], row["code_compo_bloc"], row["code_ogr"]
            draft = self.drafts.get(code)
            if draft is None:
                problems.once(code, row.line, f"unknown ROME code {code!r}: its links not read")
                continue
            if block == _CONTEXTS:
                if "contexts" in self.tables and ogr not in contexts:
                    problems.add(row.line, f"unknown contexte de travail {ogr!r}")
                if _STRUCTURES.match(types.get(ogr, "")):
                    draft.sector(contexts[ogr], table.label, row.line)
                else:
                    others["contextes de travail"] += 1
                continue
            if block != _COMPETENCES:
                others[f"block {block or '(none)'}"] += 1
                continue
            rubrique = _RUBRIQUES.get(row["code_rubrique"])
            if rubrique is None:
                problems.add(row.line, f"code_rubrique {row['code_rubrique']!r} is not 1, 2 "
                                       "or 3: skill not read")
                continue
            where, kind = rubrique
            if where not in self.tables:
                missing.add(where)
                continue
            if (name := referentials[where].get(ogr)) is None:
                problems.add(row.line, f"unknown {where[:-1]} code_ogr {ogr!r}: skill not read")
            else:
                draft.skill(name, kind, table.label, row.line)
        problems.finish(table)
        for where in sorted(missing):
            self.result.error(GuideError(
                table.label, 1, f"links to {where} need the {where} table: not read",
                hint=f"keep unix_referentiel_{where[:-1]}_vNNN_utf8.csv beside it"))
        if others:
            counts = ", ".join(f"{count} {what}" for what, count in sorted(others.items()))
            self.result.note(table.label, f"links not read as facts: {counts} (careergraph "
                                          "has no fact for working conditions or the fiche's "
                                          "other blocks; the contextes of the type 'Types de "
                                          "structures' are read as sectors)")

    def mobility(self, table: Table) -> None:
        """Each row a move: lateral (ROME 4.0), or as ROME 3's type column says."""
        problems = RowProblems(table.label, self.result)
        typed = _V3_TYPE in table.header
        for row in table.rows():
            source, target = row["code_rome"], row["code_rome_cible"]
            draft, title = self.drafts.get(source), self.titles.get(target)
            move = _V3_MOVES.get(row[_V3_TYPE]) if typed else "lateral"
            if draft is None:
                problems.add(row.line, f"unknown ROME code {source!r}: move not read")
            elif title is None:
                problems.add(row.line, f"unknown target ROME code {target!r}: move not read")
            elif source == target:
                problems.add(row.line, f"a move from {source} to itself: not read")
            elif move is None:
                problems.add(row.line, f"{_V3_TYPE} {row[_V3_TYPE]!r} is neither 1 (proche) "
                                       "nor 2 (évolution): move not read")
            elif move == "up":
                draft.promotion(title, table.label, row.line)
            else:
                draft.transition(title, table.label, row.line)
        problems.finish(table)


def import_rome(tables: Tables) -> Imported:
    """Guides from the ROME tables given as ``{kind: (label, path)}`` (kinds: ``occupations``,
    required; ``appellations``, ``texts``, ``links`` with ``competences``, ``savoirs`` and
    ``contexts``, ``mobility``).  A table with a wrong header is an error problem naming it
    (the others are still read); the code table's is raised."""
    result = Imported()
    rome = _Rome(tables, result)
    occupations = rome.open("occupations")
    if occupations is None:
        raise GuideError("ROME", 1, "no fiche table",
                         hint="give the folder holding unix_referentiel_code_rome_vNNN_utf8.csv")
    rome.occupations(occupations)
    for kind in ("appellations", "texts", "links", "mobility"):
        if (table := rome.open(kind)) is not None:
            getattr(rome, kind)(table)
    if "links" not in tables:
        for kind in ("competences", "savoirs", "contexts"):
            if kind in tables:
                result.error(GuideError(tables[kind][0], 1, f"the {kind} table needs the "
                                        "links table: not read", hint="keep unix_liens_rome_"
                                        "referentiels_vNNN_utf8.csv beside it"))
    return result.finish(rome.drafts.values())
