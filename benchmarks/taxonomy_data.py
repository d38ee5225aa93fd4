"""A full-size synthetic ESCO CSV bundle, and the time careergraph takes to build from it.

ESCO v1.2 holds about 3,000 occupations, 14,000 skills and 125,000 occupation-skill
relations.  This writes a bundle of that size in ESCO's column layout (multi-line
``altLabels``, a few alternative labels shared by two occupations, one broader relation per
occupation), seeded and deterministic, then times the import (the tables read into guides)
and the build (names resolved, graph made) in CPU seconds::

    python -m benchmarks.taxonomy_data --out /tmp/esco-full --bench
    python -m benchmarks.taxonomy_data --out /tmp/esco-small --occupations 300 \\
        --skills 1400 --relations 12500 --bench

The JSON printed gives rows, seconds (wall and CPU), rows per CPU second and peak RSS.

``--format rome`` writes France Travail's ROME 4.0 open data at its size instead (1,584
fiches, 13,000 appellations, 18,000 competences and 6,000 savoirs, about 90,000 skill links
and 12,000 context links, 15,000 mobilities; gendered appellations "X / Y …"), in the
``unix_<table>_v460_utf8.csv`` layout::

    python -m benchmarks.taxonomy_data --format rome --out /tmp/rome-full --bench

``--format osca`` writes the ABS's OSCA 2024 at its size (1,156 occupations in the Category
Descriptions' Table 1 with multi-line main tasks, alternative titles and specialisations, a
few "A / B" titles, and an index of about 6,500 titles), each sheet below its title block::

    python -m benchmarks.taxonomy_data --format osca --out /tmp/osca-full --bench

``--format kldb`` writes the Bundesagentur für Arbeit's KldB 2010 at its size (1,300
Berufsgattungen under their groups in the Klassifikationsserver's ";" structure with
explanations, tasks apart by runs of spaces and example titles "NNNNN-NNN X/in", and a
Gesamtberufsliste of about 27,000 job titles below its title block, masculine and feminine
forms beside the neutral one, a few coded as courses)::

    python -m benchmarks.taxonomy_data --format kldb --out /tmp/kldb-full --bench

``--format sfw`` writes SkillsFuture Singapore's Skills Framework dataset at its size (2,030
job role rows: 2,000 job roles of 39 sectors and about 240 tracks, 33 titles shared by two
sectors, 30 rows repeated; about 40,000 critical work function and key task rows and 44,500
TSC and CCS rows, proficiency levels 1-6 and Basic / Intermediate / Advanced), its three
sheets saved as CSV beside the skill key sheet::

    python -m benchmarks.taxonomy_data --format sfw --out /tmp/sfw-full --bench

``--format cbo`` writes Brazil's CBO 2002 "estrutura" download at about its size (10 grandes
grupos, 48 subgrupos principais, 194 subgrupos, 620 famílias, 2,700 ocupações, 7,700
sinônimos, a few "X(a)" titles and ten titles two ocupações share, and a perfil ocupacional
of about 185,000 activity rows: each ocupação most of its família's activities in seven or so
areas of competence and the personal competences' area Z), every file ";" separated,
Windows-1252 with CRLF line ends as published, a few activities holding an unquoted ";"::

    python -m benchmarks.taxonomy_data --format cbo --out /tmp/cbo-full --bench
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

E = "http://data.europa.eu/esco"
_VERBS = ["manage", "design", "operate", "maintain", "assess", "plan", "monitor", "inspect",
          "develop", "apply", "install", "repair", "analyse", "coordinate", "document", "test"]
_OBJECTS = ["data pipelines", "welding equipment", "patient records", "supply chains", "budgets",
            "networks", "building sites", "software releases", "vehicle fleets", "crops",
            "marketing campaigns", "legal contracts", "laboratory samples", "power systems",
            "customer accounts", "training courses", "water treatment", "food safety",
            "security systems", "audio equipment"]
_QUALIFIERS = ["", "industrial ", "digital ", "medical ", "financial ", "public ", "marine ",
               "agricultural ", "automotive ", "aviation "]
_TRADES = ["engineer", "technician", "manager", "analyst", "operator", "specialist",
           "inspector", "consultant", "coordinator", "officer", "designer", "assistant"]
_FIELDS = ["data", "energy", "transport", "health", "construction", "retail", "finance",
           "textile", "chemical", "forestry", "mining", "media", "tourism", "education",
           "logistics", "insurance", "telecom", "pharmacy", "robotics", "waste"]


def _occupation_names(count: int, rng: random.Random) -> list[str]:
    # 10 x 20 x 20 x 12 = 48,000 possible names: enough for ESCO's 3,000.
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = (f"{rng.choice(_QUALIFIERS)}{rng.choice(_FIELDS)} {rng.choice(_FIELDS)} "
                f"{rng.choice(_TRADES)}")
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _skill_names(count: int, rng: random.Random) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = f"{rng.choice(_VERBS)} {rng.choice(_QUALIFIERS)}{rng.choice(_OBJECTS)}"
        if rng.random() < 0.8:  # 3,200 plain names: the rest name a field (64,000 more)
            name += f" in {rng.choice(_FIELDS)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def write_bundle(out: Path, *, occupations: int = 3000, skills: int = 14000,
                 relations: int = 125000, seed: int = 7) -> dict[str, int]:
    """Write ``occupations_en.csv``, ``skills_en.csv``, ``occupationSkillRelations_en.csv``
    and ``broaderRelationsOccPillar_en.csv`` under ``out``; return the row counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    occ_names = _occupation_names(occupations, rng)
    occ_uris = [f"{E}/occupation/{rng.getrandbits(128):032x}" for _ in occ_names]
    # Labels several occupations give (ambiguous names, as ESCO's "CISO" or "programmer").
    shared = [f"general {field} {trade}" for field in _FIELDS for trade in _TRADES[:3]]
    with open(out / "occupations_en.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["conceptType", "conceptUri", "iscoGroup", "preferredLabel",
                         "altLabels", "hiddenLabels", "status", "modifiedDate",
                         "regulatedProfessionNote", "scopeNote", "definition", "inScheme",
                         "description", "code"])
        for index, (uri, name) in enumerate(zip(occ_uris, occ_names, strict=True)):
            alts = [f"{name} {suffix}" for suffix in rng.sample(
                ["lead", "trainee", "expert", "practitioner", "worker"], rng.randint(1, 4))]
            if rng.random() < 0.1:
                alts.append(rng.choice(shared))
            isco = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
            writer.writerow(["Occupation", uri, isco, name, "\n".join(alts), "", "released",
                             "2024-01-15T10:00:00Z", f"{E}/regulated-professions/unregulated",
                             "", "", f"{E}/concept-scheme/occupations",
                             f"{name.capitalize()}s carry out the work of their field, "
                             "following its methods, rules and safety practice. " * 2,
                             f"{isco}.{index}"])
    skill_names = _skill_names(skills, rng)
    skill_uris = [f"{E}/skill/{rng.getrandbits(128):032x}" for _ in skill_names]
    types = ["skill/competence", "knowledge"]
    with open(out / "skills_en.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["conceptType", "conceptUri", "skillType", "reuseLevel",
                         "preferredLabel", "altLabels", "hiddenLabels", "status",
                         "modifiedDate", "scopeNote", "definition", "inScheme", "description"])
        for uri, name in zip(skill_uris, skill_names, strict=True):
            writer.writerow(["KnowledgeSkillCompetence", uri, rng.choice(types),
                             "cross-sector", name, f"{name} tasks\n{name} work", "", "released",
                             "2024-01-15T10:00:00Z", "", "", f"{E}/concept-scheme/skills",
                             f"The ability to {name}."])
    # A skewed choice of skills, as in ESCO: a few skills belong to many occupations.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(skills)]
    per = relations // occupations
    written = 0
    with open(out / "occupationSkillRelations_en.csv", "w", newline="",
              encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["occupationUri", "relationType", "skillType", "skillUri"])
        for index, uri in enumerate(occ_uris):
            count = per + (1 if index < relations - per * occupations else 0)
            picked = set(rng.choices(range(skills), weights=weights, k=count))
            while len(picked) < count:
                picked.add(rng.randrange(skills))
            for skill in sorted(picked):
                writer.writerow([uri, "essential" if rng.random() < 0.52 else "optional",
                                 rng.choice(types), skill_uris[skill]])
                written += 1
    with open(out / "broaderRelationsOccPillar_en.csv", "w", newline="",
              encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["conceptType", "conceptUri", "broaderType", "broaderUri"])
        for uri in occ_uris:
            writer.writerow(["Occupation", uri, "ISCOGroup", f"{E}/isco/C{rng.randint(1, 9)}"])
    return {"occupations": occupations, "skills": skills, "relations": written,
            "broader": occupations}


_FR_TRADES = [("Conducteur", "Conductrice"), ("Technicien", "Technicienne"),
              ("Opérateur", "Opératrice"), ("Agent", "Agente"), ("Chef", "Cheffe"),
              ("Contrôleur", "Contrôleuse"), ("Animateur", "Animatrice"),
              ("Vendeur", "Vendeuse"), ("Assistant", "Assistante"), ("Monteur", "Monteuse")]
_FR_ACTS = ["Conduite", "Maintenance", "Contrôle", "Animation", "Gestion", "Installation",
            "Réparation", "Conception", "Vente", "Préparation", "Surveillance", "Pilotage"]
_FR_OBJECTS = ["d'engins", "de réseaux", "de cuves", "de serres", "de vitraux", "de stocks",
               "de ruchers", "de chantiers", "de flottes", "de jardins", "de machines",
               "de données", "de bassins", "de vergers", "de quais", "de laboratoires"]
_FR_FIELDS = ["agricoles", "industriels", "urbains", "portuaires", "forestiers",
              "numériques", "hospitaliers", "ferroviaires", "marins", "textiles",
              "alimentaires", "culturels", "miniers", "routiers", "aériens", "scolaires"]
_FR_VERBS = ["Réaliser", "Contrôler", "Entretenir", "Planifier", "Installer", "Vérifier",
             "Préparer", "Organiser", "Mesurer", "Analyser", "Former", "Régler"]


def _fr_names(count: int, rng: random.Random, make: object) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = make(rng)  # type: ignore[operator]
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def write_rome_bundle(out: Path, *, fiches: int = 1584, appellations: int = 13000,
                      competences: int = 18000, savoirs: int = 6000, links: int = 90000,
                      mobilities: int = 15000, seed: int = 7) -> dict[str, int]:
    """Write a ROME 4.0 download of the given size under ``out`` (the tables careergraph
    reads, in the download's names and columns); return the row counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)

    def table(name: str, header: list[str], rows: list[list[object]]) -> int:
        with open(out / f"unix_{name}_v460_utf8.csv", "w", newline="",
                  encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        return len(rows)

    titles = _fr_names(fiches, rng, lambda r: f"{r.choice(_FR_ACTS)} {r.choice(_FR_OBJECTS)} "
                                                f"{r.choice(_FR_FIELDS)}")
    codes = [f"{'ABCDEFGHIJKLMN'[i % 14]}{1100 + i // 14:04d}" for i in range(fiches)]
    counts = {"fiches": table(
        "referentiel_code_rome", ["code_rome", "code_ogr", "libelle_rome", "code_fiche_metier",
                                  "code_rome_parent", "transition_eco", "transition_num",
                                  "transition_demo", "emploi_reglemente", "emploi_cadre"],
        [[code, 10000 + i, title, 5000 + i, "", "Emploi Blanc", "Non", "Non", "Non", "Non"]
         for i, (code, title) in enumerate(zip(codes, titles, strict=True))])}
    rows: list[list[object]] = []
    for i in range(appellations):
        fiche = i % fiches
        masculine, feminine = rng.choice(_FR_TRADES)
        rest = f"{titles[fiche].split(' ', 1)[1]} {i // fiches or ''}".strip()
        title = (f"{masculine} / {feminine} {rest}" if rng.random() < 0.6
                 else f"{masculine} {rest}")
        rows.append([20000 + i, title, title[:30], codes[fiche], "Cible", "ROME", "", "Non",
                     "Emploi Blanc", "Non", "Non", "Non", "Non"])
    counts["appellations"] = table(
        "referentiel_appellation", [
            "code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome",
            "classification", "origine", "code_rome_parent", "peu_usite", "transition_eco",
            "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre"], rows)
    skills = _fr_names(competences, rng, lambda r: (
        f"{r.choice(_FR_VERBS)} {r.choice(_FR_OBJECTS)} {r.choice(_FR_FIELDS)} "
        f"{r.randint(1, 40)}"))
    knowledge = _fr_names(savoirs, rng, lambda r: (
        f"Techniques {r.choice(_FR_OBJECTS)} {r.choice(_FR_FIELDS)} {r.randint(1, 40)}"))
    counts["competences"] = table(
        "referentiel_competence", ["code_ogr", "nature", "libelle_competence", "definition",
                                   "code_ogr_macro_comp", "code_macro_comp", "cat_comp",
                                   "sous_cat_comp", "transition_eco", "transition_num",
                                   "libelle_heterogeneite", "libelle_origine"],
        [[100000 + i, "Savoir-faire", name, "", 90000 + i % 500, "1A101", "", "", "Non",
          "Non", "", "ROME"] for i, name in enumerate(skills)])
    counts["savoirs"] = table(
        "referentiel_savoir", ["code_ogr_savoir", "libelle_savoir", "categorie_savoir",
                               "sous_categorie_savoir", "transition_eco", "transition_num"],
        [[200000 + i, name, "Domaines d'expertise", "", "Non", "Non"]
         for i, name in enumerate(knowledge)])
    counts["contexts"] = table(
        "referentiel_contexte_travail", ["code_ogr", "libelle_cont_travail",
                                         "code_type_cont_trav", "libelle_type_cont_trav"],
        [[300000 + i, f"Contexte {i}", 1 + i % 6, "Conditions de travail"] for i in range(200)])
    # Skewed draws, as in ROME: a few items belong to many fiches.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(competences)]
    per = links // fiches
    link_rows: list[list[object]] = []
    for code in codes:
        for item in sorted(set(rng.choices(range(competences), weights=weights, k=per * 6 // 10))):
            link_rows.append([code, 5, 2 if item % 10 == 0 else 1, 100000 + item])
        for item in sorted(rng.sample(range(savoirs), per * 4 // 10)):
            link_rows.append([code, 5, 3, 200000 + item])
        for item in rng.sample(range(200), 8):
            link_rows.append([code, 6, "", 300000 + item])
    counts["links"] = table("liens_rome_referentiels",
                            ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"],
                            link_rows)
    text_rows: list[list[object]] = []
    for code, title in zip(codes, titles, strict=True):
        for position in (1, 2, 3):
            text_rows.append([code, 3, "definition", position,
                              f"{title} : tâche {position} du métier, selon les consignes."])
        text_rows.append([code, 4, "acces_metier", 1,
                          "Ce métier est accessible avec un diplôme de niveau CAP à Bac."])
    counts["texts"] = table("texte", ["code_rome", "code_compo_bloc", "libelle_type_texte",
                                      "position_phrase", "libelle_texte"], text_rows)
    moves: list[list[object]] = []
    per_move = mobilities // fiches
    for index, code in enumerate(codes):
        targets = rng.sample([i for i in range(index - 40, index + 40) if i != index
                              and 0 <= i < fiches], per_move)
        moves.extend([code, codes[t], order] for order, t in enumerate(targets, 1))
    counts["mobilities"] = table("rubrique_mobilite", ["code_rome", "code_rome_cible",
                                                       "numero_ordre"], moves)
    return counts


_OSCA_TASKS = 6  # main tasks an occupation lists, about


def write_osca_bundle(out: Path, *, occupations: int = 1156, seed: int = 7) -> dict[str, int]:
    """Write OSCA's Category Descriptions (Table 1) and title index (Table 2) of the given
    size under ``out`` as the sheets saved as CSV (a title block above each header); return
    the row counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    titles = [name.title() for name in _occupation_names(occupations, rng)]
    codes = [str(111111 + 7 * i) for i in range(occupations)]  # six digits, distinct
    described: list[list[object]] = []
    index: list[list[object]] = []
    for code, title in zip(codes, titles, strict=True):
        head = title.rsplit(" ", 1)[0]
        alternatives = [f"{head} {rng.choice(_TRADES).title()}" for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.1:
            alternatives.append(f"{title} / {head} Adviser")
        specialisations = [f"{rng.choice(_QUALIFIERS).title()}{title}".strip()
                           for _ in range(rng.randint(0, 3))]
        tasks = [f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
                 for _ in range(rng.randint(_OSCA_TASKS - 2, _OSCA_TASKS + 2))]
        described.append([
            code, title, "\n".join(alternatives), f"{title}s {rng.choice(_VERBS)} "
            f"{rng.choice(_OBJECTS)} and {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}.",
            "\n".join(f"- {task}" for task in tasks),
            "Registration with a state body may be required." if rng.random() < 0.2 else "",
            "", "", rng.randint(1, 5), "\n".join(specialisations), ""])
        index.append([code, title, "Principal Title"])
        index.extend([code, name, "Alternative Title"] for name in alternatives)
        index.extend([code, name, "Specialisation"] for name in specialisations)
    header = ["Identifier", "Principal Title", "Alternative Title", "Lead Statement",
              "Main Tasks", "Registration or Licensing", "Inclusion and Exclusion Statements",
              "Skill Attributes", "Skill Level", "Specialisations", "Occupation in NEC category"]
    for name, columns, rows in (
            ("OSCA Category Descriptions.csv", header, described),
            ("OSCA index of principal titles alternative titles and specialisations.csv",
             ["Identifier", "Description", "Category"], index)):
        with open(out / name, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerows([["Synthetic OSCA sheet (careergraph benchmark)"], [], [],
                              columns])
            writer.writerows(rows)
    return {"occupations": len(described), "titles": len(index)}


_KLDB_LEVELS = ("Helfertätigkeiten", "fachlich ausgerichtete Tätigkeiten",
                "komplexe Spezialistentätigkeiten", "hoch komplexe Tätigkeiten")


def write_kldb_bundle(out: Path, *, gattungen: int = 1300, titles: int = 27000,
                      seed: int = 7) -> dict[str, int]:
    """Write the KldB 2010 structure with explanations and the Gesamtberufsliste of the
    given sizes under ``out``, as saved as CSV; return the row counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    names = [name.title().replace(" ", "") for name in _occupation_names(gattungen, rng)]
    structure: list[list[object]] = []
    codes: list[str] = []
    for index, name in enumerate(names):
        group = f"{11 + index // 20:02d}{index // 4 % 5 + 1}1"  # a Berufsuntergruppe
        level = index % 4 + 1  # its four Gattungen, one per Anforderungsniveau
        code = f"{group}{level}"
        if index % 20 == 0:
            structure.append([group[:2], 2, f"Berufe der {name}gruppe"])
        if index % 4 == 0:  # the groups before their Gattungen
            structure.extend([[group[:3], 3, f"Berufe der {name}klasse"],
                              [group, 4, f"Berufe im {name}wesen"]])
        tasks = "   ".join(f"{rng.choice(_OBJECTS)} {rng.choice(_VERBS)}"
                           for _ in range(rng.randint(4, 8)))
        examples = "  ".join(f"{code}-{100 + i} {name}{rng.choice(_TRADES)}/in"
                             for i in range(rng.randint(1, 6)))
        structure.append([code, 5, f"Berufe im {name}wesen – "
                          f"{_KLDB_LEVELS[level - 1]}", f"{name} - Stufe {level}",
                          f" Angehörige dieser Berufe {rng.choice(_VERBS)} "
                          f"{rng.choice(_OBJECTS)}, z.&nbsp;B. im {name}wesen.", tasks,
                          f"Zugeordnete Berufe (Beispiele):  {examples}",
                          f"Nicht einzubeziehende Berufe:  {name}helfer/in(99991)"])
        codes.append(code)
    listed: list[list[object]] = []
    for number in range(titles):
        code, stem = rng.choice(codes), rng.choice(names)
        word = f"{stem}{rng.choice(_TRADES)}"
        kind = "B" if number % 40 else "HA"
        listed.append([10000 + number, f"{kind} {code}-{number % 1000:03d}", "A",
                       f"{word}/in", word, f"{word}in"])
    header = ["Schlüssel KldB 2010, V. 2020", "Ebene", "Titel", "Kurztitel",
              "Allgemeine Bemerkungen", "Einschlüsse", "Umfasst ferner", "Ausschlüsse", ""]
    with open(out / "KldB_2010,_V._2020-DE-2026-01-01-Gliederung_mit_Erläuterung.csv", "w",
              newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows([*row, *[""] * (len(header) - len(row))] for row in structure)
    with open(out / "Gesamtberufsliste_der_BA.csv", "w", newline="",
              encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerows([["Synthetic Gesamtberufsliste (careergraph benchmark)"], [], [],
                          ["DKZ-ID", "Codenummer", "Zustand", "Bezeichnung neutral kurz",
                           "Bezeichnung männlich kurz", "Bezeichnung weiblich kurz"]])
        writer.writerows(listed)
    return {"structure": len(structure), "titles": len(listed)}


_CCS = ["Adaptability", "Communication", "Creative Thinking", "Customer Orientation",
        "Decision Making", "Developing People", "Digital Fluency", "Global Perspective",
        "Influence", "Learning Agility", "Problem Solving", "Resource Management",
        "Self Management", "Sense Making", "Teamwork", "Transdisciplinary Thinking"]
_SFW_LEVELS = ("1", "2", "3", "4", "5", "6", "Basic", "Intermediate", "Advanced")


def write_sfw_bundle(out: Path, *, roles: int = 2000, sectors: int = 39, seed: int = 7
                     ) -> dict[str, int]:
    """Write the Skills Framework dataset's job role description, critical work function
    and key task, and TSC and CCS sheets (and the skill key sheet, not read) under ``out``,
    as saved as CSV; return the row counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    fields = [f"{q}{f}".strip().title() for q in _QUALIFIERS for f in _FIELDS]
    sector_names = [f"{name} Services" for name in rng.sample(fields, sectors)]
    tracks = {sector: [f"{rng.choice(_FIELDS).title()} {rng.choice(_TRADES).title()}s"
                       for _ in range(rng.randint(4, 8))] for sector in sector_names}
    titles = [name.title() for name in _occupation_names(roles, rng)]
    tscs = [name.title() for name in _skill_names(2100, rng)]
    described: list[list[str]] = []
    for index, title in enumerate(titles):
        if index % 60 == 59:
            title = titles[index - 30]  # a title two job roles share
        sector = sector_names[index % sectors]
        track = rng.choice(tracks[sector])
        row = [sector, track, title, f"The {title} {rng.choice(_VERBS)}s "
               f"{rng.choice(_OBJECTS)} and {rng.choice(_VERBS)}s {rng.choice(_OBJECTS)}.",
               f"Works to the {sector.lower()} sector's standards.\nKeeps records."]
        described.append(row)
        if index % 65 == 64:
            described.append(list(row))  # a row the download repeats
    tasks: list[list[str]] = []
    skills: list[list[str]] = []
    for sector, track, title, *_ in described:
        for _ in range(rng.randint(3, 7)):
            function = f"{rng.choice(_VERBS).title()} {rng.choice(_OBJECTS)}"
            tasks.extend([sector, track, title, function,
                          f"{rng.choice(_VERBS).title()} {rng.choice(_OBJECTS)} for "
                          f"{rng.choice(_FIELDS)} work"] for _ in range(rng.randint(2, 6)))
        for _ in range(rng.randint(14, 30)):
            if rng.random() < 0.3:
                skills.append([sector, track, title, rng.choice(_CCS), "ccs",
                               rng.choice(_SFW_LEVELS), "CCS-X-1"])
            else:
                skills.append([sector, track, title, rng.choice(tscs), "tsc",
                               rng.choice(_SFW_LEVELS[:6]), "SEC-TRK-0000-1.1"])
    key = "Sector,Track,Job Role"
    sheets = {"Job Role_Description": (f"{key},Job Role Description,Performance Expectation",
                                       described),
              "Job Role_CWF_KT": (f"{key},Critical Work Function,Key Tasks", tasks),
              "Job Role_TCS_CCS": (f"{key},TSC_CCS Title,TSC_CCS Type,Proficiency Level,"
                                   "TSC_CCS Code", skills),
              "TSC_CCS_Key": ("TSC Code,Sector,TSC_CCS Category,TSC_CCS Title,"
                              "TSC_CCS Description,TSC_CCS Type",
                              [["SEC-TRK-0000-1.1", "", "", name, "", "tsc"] for name in tscs])}
    for sheet, (header, rows) in sheets.items():
        with open(out / f"jobsandskills-skillsfuture-skills-framework-dataset - {sheet}.csv",
                  "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header.split(","))
            writer.writerows(rows)
    return {"roles": len(described), "tasks": len(tasks), "skills": len(skills)}


_PT_TRADES = ["Operador", "Técnico", "Auxiliar", "Supervisor", "Montador", "Inspetor",
              "Mecânico", "Analista", "Assistente", "Encarregado", "Instalador", "Condutor"]
_PT_OBJECTS = ["redes de pesca", "caldeiras", "tanques de algas", "guindastes", "teares",
               "fornos de vidro", "barragens", "colmeias", "balanças", "prensas",
               "viveiros", "esteiras", "bombas de água", "silos", "turbinas", "dutos",
               "fretes", "estufas", "moinhos", "lavouras"]
_PT_PLACES = ["", " industrial", " portuário", " rural", " naval", " hospitalar",
              " ferroviário", " têxtil", " florestal", " de mineração"]
_PT_KINDS = ["", " de manutenção", " de produção", " de controle"]
_PT_VERBS = ["Inspecionar", "Ajustar", "Limpar", "Registrar", "Medir", "Calibrar", "Montar",
             "Operar", "Controlar", "Planejar", "Conferir", "Lubrificar", "Testar",
             "Organizar", "Vistoriar", "Programar"]
_PT_PERSONAL = ["Trabalhar em equipe", "Demonstrar atenção", "Agir com ética",
                "Demonstrar paciência", "Manter-se atualizado", "Comunicar-se com clareza",
                "Demonstrar iniciativa", "Agir com responsabilidade", "Demonstrar liderança",
                "Zelar pela segurança", "Demonstrar criatividade", "Agir com discrição",
                "Demonstrar organização", "Administrar conflitos", "Demonstrar resistência"
                " física", "Demonstrar destreza manual"]


def write_cbo_bundle(out: Path, *, occupations: int = 2700, families: int = 620,
                     synonyms: int = 7700, seed: int = 7) -> dict[str, int]:
    """Write the CBO 2002 download's seven tables under ``out`` (Windows-1252, ";", CRLF, as
    published); return the row counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    subgroups = sorted({f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
                        for _ in range(260)})[:194]
    family_codes = sorted({f"{rng.choice(subgroups)}{rng.randint(0, 9)}"
                           for _ in range(families * 2)})[:families]
    names = sorted({f"{rng.choice(_PT_TRADES)}{rng.choice(_PT_KINDS)} de "
                    f"{rng.choice(_PT_OBJECTS)}{rng.choice(_PT_PLACES)}"
                    for _ in range(occupations * 3)})
    rng.shuffle(names)
    titles = names[:occupations]
    for index in range(10):  # titles two ocupações share
        titles[index * 7 + 1] = titles[index * 7]
    for index in range(20, occupations, 40):  # a few "X(a)" titles
        head, _, rest = titles[index].partition(" ")
        if head.endswith(("o", "r")):
            titles[index] = f"{head}(a) {rest}"
    occupation_rows: list[list[str]] = []
    per_family: dict[str, list[str]] = {}
    for index, title in enumerate(titles):
        family = family_codes[index % families]
        code = f"{family}{5 * (1 + index // families):02d}"
        occupation_rows.append([code, title])
        per_family.setdefault(family, []).append(code)
    occupation_rows.sort()
    synonym_rows = []
    for index in range(synonyms):
        code = occupation_rows[rng.randrange(occupations)][0]
        title = f"{rng.choice(_PT_TRADES)} {rng.choice(_PT_OBJECTS)}{rng.choice(_PT_PLACES)}"
        if index % 25 == 0:
            title = title.replace("Operador ", "Operador(a) de ", 1)
        synonym_rows.append([code, title])
    profile_rows: list[list[str]] = []
    for family, codes in sorted(per_family.items()):
        areas = []
        for letter in "ABCDEFGHIJ"[:rng.randint(5, 9)]:
            area = f"{rng.choice(_PT_VERBS).upper()} {rng.choice(_PT_OBJECTS).upper()}"
            activities = [f"{rng.choice(_PT_VERBS)} {rng.choice(_PT_OBJECTS)}"
                          f"{rng.choice(_PT_PLACES)}" for _ in range(rng.randint(6, 15))]
            areas.append((letter, area, activities))
        areas.append(("Z", "DEMONSTRAR COMPETÊNCIAS PESSOAIS",
                      rng.sample(_PT_PERSONAL, rng.randint(8, 16))))
        for code in sorted(codes):
            for letter, area, activities in areas:
                for number, activity in enumerate(activities, 1):
                    if rng.random() < 0.8:
                        if letter != "Z" and rng.random() < 0.001:
                            activity += "; conferir registros"  # an unquoted ";"
                        profile_rows.append([family[0], family[:2], family[:3], family, code,
                                             letter, area, str(number), activity])
    profile_rows.append(list(profile_rows[-1]))  # a row the download repeats
    tables = {
        "Grande Grupo": [[str(n), f"GRANDE GRUPO {n}"] for n in range(10)],
        "SubGrupo Principal": [[c, f"SUBGRUPO PRINCIPAL {c}"]
                               for c in sorted({f[:2] for f in subgroups})][:48],
        "SubGrupo": [[c, f"SUBGRUPO {c}"] for c in subgroups],
        "Familia": [[c, f"Família {c}"] for c in family_codes],
        "Ocupacao": occupation_rows,
        "Sinonimo": synonym_rows,
    }
    for name, rows in tables.items():
        _write_cbo(out / f"CBO2002 - {name}.csv", ["CODIGO", "TITULO"], rows)
    _write_cbo(out / "CBO2002 - PerfilOcupacional.csv",
               ["COD_GRANDE_GRUPO", "COD_SUBGRUPO_PRINCIPAL", "COD_SUBGRUPO", "COD_FAMILIA",
                "COD_OCUPACAO", "SGL_GRANDE_AREA", "NOME_GRANDE_AREA", "COD_ATIVIDADE",
                "NOME_ATIVIDADE"], profile_rows)
    return {"families": len(family_codes), "occupations": len(occupation_rows),
            "synonyms": len(synonym_rows), "profile": len(profile_rows)}


def _write_cbo(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """A table as the Ministry publishes it: ";" between cells, nothing quoted, CRLF,
    Windows-1252."""
    with open(path, "w", encoding="cp1252", newline="\r\n") as handle:
        handle.write(";".join(header) + "\n")
        handle.writelines(";".join(row) + "\n" for row in rows)


def bench(folder: Path) -> dict[str, object]:
    """Import and build the bundle under ``folder``; times and counts."""
    from careergraph.build import build_graph
    from careergraph.guides import load_corpus

    wall, cpu = time.perf_counter(), time.process_time()
    corpus = load_corpus([folder])
    import_wall, import_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    graph, report = build_graph(corpus.guides, problems=corpus.problems)
    build_wall, build_cpu = time.perf_counter() - wall, time.process_time() - cpu
    rows = 0
    for path in folder.glob("*.csv"):
        # Latin-1 decodes any byte: UTF-8 and Windows-1252 tables are counted alike.
        with open(path, encoding="latin-1", newline="") as handle:
            rows += sum(1 for _ in csv.reader(handle)) - 1  # data rows, not lines
    total_cpu = import_cpu + build_cpu
    edges = Counter(key for _, _, key in graph.edges(keys=True))
    return {
        "guides": len(corpus.guides), "nodes": graph.number_of_nodes(),
        "edges": dict(sorted(edges.items())), "problems": len(report.problems),
        "data_rows": rows,
        "import_wall_s": round(import_wall, 2), "import_cpu_s": round(import_cpu, 2),
        "build_wall_s": round(build_wall, 2), "build_cpu_s": round(build_cpu, 2),
        "rows_per_import_cpu_s": round(rows / import_cpu),
        "rows_per_total_cpu_s": round(rows / total_cpu),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--format", choices=("esco", "rome", "osca", "kldb", "sfw",
                                                         "cbo"), default="esco")
    parser.add_argument("--occupations", type=int, default=3000)
    parser.add_argument("--skills", type=int, default=14000)
    parser.add_argument("--relations", type=int, default=125000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--bench", action="store_true", help="then import and build it")
    args = parser.parse_args(argv)
    if args.format == "rome":
        counts = write_rome_bundle(args.out, seed=args.seed)
    elif args.format == "osca":
        counts = write_osca_bundle(args.out, seed=args.seed)
    elif args.format == "kldb":
        counts = write_kldb_bundle(args.out, seed=args.seed)
    elif args.format == "sfw":
        counts = write_sfw_bundle(args.out, seed=args.seed)
    elif args.format == "cbo":
        counts = write_cbo_bundle(args.out, seed=args.seed)
    else:
        counts = write_bundle(args.out, occupations=args.occupations, skills=args.skills,
                              relations=args.relations, seed=args.seed)
    result: dict[str, object] = {"rows": counts}
    if args.bench:
        result.update(bench(args.out))
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
