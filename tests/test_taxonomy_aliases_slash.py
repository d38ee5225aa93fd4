"""A taxonomy record's alternative label written "A / B" with two different titles is a name
of that record: never a Role node of its own, never a join with the record one half names;
and ROME's contextes de travail of the type "Types de structures" are the fiche's sectors.
Every row is invented, in the real downloads' layouts; each graph is built through the
public API."""

from __future__ import annotations

from pathlib import Path

from careergraph import CareerGraph
from careergraph.guides.taxonomy_aliases import slash_halves
from taxonomy_checks import roles

ONET_OCCUPATIONS = "O*NET-SOC Code\tTitle\tDescription\n"
ONET_ALTERNATES = "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\n"
ROME_CODES = "code_rome,code_ogr,libelle_rome\n"
ROME_APPELLATIONS = "code_ogr,libelle_appellation_long,code_rome\n"


def _onet(folder: Path, occupations: list[tuple[str, str]],
          alternates: list[tuple[str, str]]) -> CareerGraph:
    titles = dict(occupations)
    folder.mkdir()
    (folder / "Occupation Data.txt").write_text(ONET_OCCUPATIONS + "".join(
        f"{code}\t{title}\tWork of {title.lower()}.\n" for code, title in occupations))
    (folder / "Alternate Titles.txt").write_text(ONET_ALTERNATES + "".join(
        f"{code}\t{titles[code]}\t{alt}\tn/a\t09\n" for code, alt in alternates))
    return CareerGraph.from_guides(folder)


def _rome(folder: Path, fiches: list[tuple[str, str]], appellations: list[tuple[str, str]],
          contexts: str | None = None, links: str | None = None) -> CareerGraph:
    folder.mkdir()
    (folder / "unix_referentiel_code_rome_v460_utf8.csv").write_text(ROME_CODES + "".join(
        f"{code},{9000 + i},{title}\n" for i, (code, title) in enumerate(fiches)),
        encoding="utf-8")
    (folder / "unix_referentiel_appellation_v460_utf8.csv").write_text(
        ROME_APPELLATIONS + "".join(f"{7000 + i},{title},{code}\n"
                                    for i, (code, title) in enumerate(appellations)),
        encoding="utf-8")
    if contexts is not None:
        (folder / "unix_referentiel_contexte_travail_v460_utf8.csv").write_text(
            contexts, encoding="utf-8")
    if links is not None:
        (folder / "unix_liens_rome_referentiels_v460_utf8.csv").write_text(
            links, encoding="utf-8")
    return CareerGraph.from_guides(folder)


def _record_names(graph: CareerGraph) -> set[str]:
    return {guide.role for guide in graph.report.guides}


def _slash_notes(graph: CareerGraph) -> list[str]:
    return [p.message for p in graph.report.problems
            if "written A / B" in p.message and p.line == 1]


def test_a_slash_label_is_a_name_of_its_record(tmp_path: Path) -> None:
    graph = _onet(tmp_path / "onet", [("51-9111.00", "Boxing Machine Tenders"),
                                      ("53-7063.00", "Dock Hands")],
                  [("51-9111.00", "Crate Stapler / Carton Gluer"),
                   ("51-9111.00", "Sorter / Pallet Stacker")])
    found = roles(graph)
    assert set(found) == _record_names(graph)  # no Role node from a label
    aliases = found["Boxing Machine Tenders"]["aliases"]
    assert {"Crate Stapler / Carton Gluer", "Crate Stapler", "Carton Gluer",
            "Sorter / Pallet Stacker", "Pallet Stacker"} <= set(aliases)
    # A lone word before a longer half may be a modifier of its head: no name by itself.
    assert "Sorter" not in aliases
    assert graph.find("Carton Gluer") == graph.find("Boxing Machine Tenders")
    assert not _slash_notes(graph)


def test_a_half_naming_another_record_joins_nothing(tmp_path: Path) -> None:
    graph = _rome(tmp_path / "rome", [("N1105", "Manutention de colis"),
                                      ("N1106", "Emballeur")],
                  [("N1105", "Trieur / Emballeur"), ("N1105", "Porteur de colis")])
    found = roles(graph)
    assert set(found) == _record_names(graph) == {"Manutention de colis", "Emballeur"}
    handling = found["Manutention de colis"]["aliases"]
    assert "Trieur" in handling and "Porteur de colis" in handling
    assert "Trieur / Emballeur" not in handling  # read as alternatives, it joins the two
    assert found["Emballeur"]["aliases"] == ["Emballeur"]
    notes = _slash_notes(graph)
    assert len(notes) == 1 and notes[0].startswith("1 alternative titles written A / B")
    assert "'Trieur / Emballeur' for 'Manutention de colis'" in notes[0]


def test_two_records_sharing_a_half_keep_apart(tmp_path: Path) -> None:
    graph = _onet(tmp_path / "onet", [("53-7064.00", "Hand Wrappers"),
                                      ("53-7065.00", "Shelf Fillers")],
                  [("53-7064.00", "Gift Wrapper / Night Loader"),
                   ("53-7065.00", "Shelf Stocker / Night Loader")])
    found = roles(graph)
    assert set(found) == _record_names(graph)
    assert "Gift Wrapper" in found["Hand Wrappers"]["aliases"]
    assert "Shelf Stocker" in found["Shelf Fillers"]["aliases"]
    assert graph.find("Gift Wrapper") != graph.find("Shelf Stocker")
    assert len(_slash_notes(graph)) == 1  # one note for the file, counting both labels
    assert _slash_notes(graph)[0].startswith("2 alternative titles written A / B")


def test_a_half_at_another_level_is_left_out(tmp_path: Path) -> None:
    graph = _onet(tmp_path / "onet", [("47-2152.00", "Pipe Layers")],
                  [("47-2152.00", "Trench Digger / Senior Pipe Layer")])
    aliases = roles(graph)["Pipe Layers"]["aliases"]
    assert "Trench Digger" in aliases
    assert "Senior Pipe Layer" not in aliases and "Trench Digger / Senior Pipe Layer" not in aliases
    assert len(roles(graph)) == 1


def test_halves_of_each_shape() -> None:
    assert slash_halves("Apiculteur") is None
    assert slash_halves("Nurse (RN/LPN)") is None  # a slash inside a qualifier
    assert slash_halves("Hand Packer / Wrapper") == (
        ["Hand Packer", "Wrapper"], ["Hand Packer Wrapper", "Wrapper"])
    # A last half replacing the ending of the first's last word: two forms of one title.
    assert slash_halves("Quarry foreman/woman")[0] == ["Quarry foreman", "Quarry forewoman"]
    assert slash_halves("Plumber / Pipefitter")[0] == ["Plumber", "Pipefitter"]


def test_types_de_structures_are_sectors(tmp_path: Path) -> None:
    contexts = ("code_ogr,libelle_cont_travail,code_type_cont_trav,libelle_type_cont_trav\n"
                "61,Scierie,5,Types de structures\n"
                "62,Coopérative forestière,5,Types de structures\n"
                "63,Travail en hauteur,1,Conditions de travail et risques professionnels\n")
    links = ("code_rome,code_compo_bloc,code_rubrique,code_ogr\n"
             "A1201,6,,61\nA1201,6,,62\nA1201,6,,63\n")
    graph = _rome(tmp_path / "rome", [("A1201", "Débardage de grumes")],
                  [("A1201", "Débardeur / Débardeuse")], contexts, links)
    role = graph.find("Débardage de grumes")
    sectors = {graph.nx.nodes[t]["name"]: d for _, t, d in graph.nx.out_edges(role, data=True)
               if d["type"] == "IN_SECTOR"}
    assert set(sectors) == {"Scierie", "Coopérative forestière"}
    links_file = "unix_liens_rome_referentiels_v460_utf8.csv"
    lines = {s["line"] for d in sectors.values() for s in d["sources"]
             if s["file"] == links_file}
    assert lines == {2, 3}
    note = next(p.message for p in graph.report.problems
                if p.file == links_file and p.line == 1)
    assert note.startswith("links not read as facts: 1 contextes de travail")
