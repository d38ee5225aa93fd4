"""Names in any script, end to end: guides whose roles, skills and employers are written in
Cyrillic, Greek, Arabic, Hebrew, Chinese, Japanese, Devanagari, accented Latin or with emoji go
through build, lookup (any case, with or without accents), routes, the saved graph, exports,
the local Cypher engine and the HTML view without two names merging or one being cut or lost.
Every page here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.guides import parse_text
from careergraph.guides.move_items import ladder_step
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_GUIDES = {
    "smith.yaml": (
        "role: Кузнец\naliases: [Младший кузнец]\nskills:\n  top: [Ковка, Закалка]\n"
        "  tool: [Молот, Python]\nleads_to: [Мастер-кузнец]\n"
        "employers: [Уралмаш, \"ООО «Наковальня»\"]\n"),
    "master.yaml": "role: Мастер-кузнец\nskills:\n  top: [Ковка, Обучение учеников]\n",
    "pilot.yaml": "role: Πιλότος\nskills:\n  top: [Πλοήγηση]\nleads_to: [Κυβερνήτης]\n",
    "captain.yaml": "role: ΚΥΒΕΡΝΗΤΗΣ\nskills:\n  top: [Ηγεσία]\n",
    "baker.json": json.dumps({"guides": [
        {"role": "面包师", "skills": {"top": ["发酵", "日本語"]}, "leads_to": ["首席面包师"],
         "employers": ["北京烘焙公司"]},
        {"role": "パン職人", "skills": {"top": ["日本語"]}, "employers": ["大阪製パン株式会社"]},
    ]}, ensure_ascii=False),
    "rtl.yaml": ("role: مصمم جرافيك\nskills:\n  top: [الرسم]\nleads_to: [מעצב ראשי]\n"
                 "employers: [شركة النخيل]\n"),
    "hindi.yaml": "role: नर्स\nskills:\n  top: [देखभाल]\nleads_to: [मुख्य नर्स]\n",
    "latin.yaml": ("role: Técnico de Laboratório\nskills:\n  top: [Análise química]\n"
                   "leads_to: [Supervisor de Laboratório]\n"
                   "employers: [Löwenbräu Labor GmbH, \"Ærøskøbing A/S\"]\n"),
    "emoji.yaml": ("role: Florist 🌷\nskills:\n  top: [Bouquets 💐, C#]\n"
                   "leads_to: [Head Florist 🌷]\n"),
}


@pytest.fixture()
def guides(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    folder.mkdir()
    for name, text in _GUIDES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _names(graph: CareerGraph, kind: str) -> set[str]:
    return {data["name"] for _, data in graph.nx.nodes(data=True) if data.get("type") == kind}


def test_every_script_builds_its_own_nodes_none_lost(guides: Path) -> None:
    graph = CareerGraph.from_guides([guides])
    assert _names(graph, "Role") == {
        "Кузнец", "Мастер-кузнец", "Πιλότος", "ΚΥΒΕΡΝΗΤΗΣ", "面包师", "首席面包师", "パン職人",
        "مصمم جرافيك", "מעצב ראשי", "नर्स", "मुख्य नर्स", "Técnico de Laboratório",
        "Supervisor de Laboratório", "Florist 🌷", "Head Florist 🌷"}
    assert _names(graph, "Skill") == {
        "Ковка", "Закалка", "Молот", "Python", "Обучение учеников", "Πλοήγηση", "Ηγεσία", "发酵",
        "日本語", "الرسم", "देखभाल", "Análise química", "Bouquets 💐", "C#"}
    assert _names(graph, "Employer") == {
        "Уралмаш", "ООО «Наковальня»", "北京烘焙公司", "大阪製パン株式会社", "شركة النخيل",
        "Löwenbräu Labor GmbH", "Ærøskøbing A/S"}


def test_greek_capitals_without_tonos_are_the_same_role(guides: Path) -> None:
    # "ΚΥΒΕΡΝΗΤΗΣ" (a heading's capitals drop the tonos) is the "Κυβερνήτης" another guide
    # leads to: one role, its skills and the move into it together.
    graph = CareerGraph.from_guides([guides])
    assert graph.find("κυβερνητης") == graph.find("Κυβερνήτης") == graph.find("ΚΥΒΕΡΝΗΤΗΣ")
    [route] = graph.routes("Πιλότος", "ΚΥΒΕΡΝΗΤΗΣ")
    assert route.steps[0].role == "Πιλότος"
    assert "Ηγεσία" in {skill.name for skill in graph.role("Κυβερνήτης").skills}
    assert "Κυβερνήτης" not in _names(graph, "Role")  # the guide's own spelling names it


@pytest.mark.parametrize(("asked", "found"), [
    ("КУЗНЕЦ", "Кузнец"), ("кузнец", "Кузнец"), ("Младший кузнец", "Кузнец"),
    ("TECNICO DE LABORATORIO", "Técnico de Laboratório"), ("ΠΙΛΟΤΟΣ", "Πιλότος"),
    ("مصمم جرافيك", "مصمم جرافيك"), ("florist", "Florist 🌷"),
])
def test_lookup_in_another_case_or_without_accents(guides: Path, asked: str, found: str) -> None:
    graph = CareerGraph.from_guides([guides])
    assert graph.role(asked).name == found


def test_saved_graph_json_round_trip_and_routes_by_cli(cli: CliRunner, guides: Path,
                                                       tmp_path: Path) -> None:
    for out in (tmp_path / "g.json", tmp_path / "g.db"):
        built = cli.invoke(app, ["build", str(guides), "--no-cache", "--out", str(out)])
        assert built.exit_code == 0, built.output
        assert "Кузнец" in built.output and "rejected" in built.output
        path = cli.invoke(app, ["path", "КУЗНЕЦ", "Мастер-кузнец", "--graph", str(out)])
        assert path.exit_code == 0, path.output
        assert "Обучение учеников" in path.output
        gap = cli.invoke(app, ["skills-gap", "Кузнец", "Мастер-кузнец", "--graph", str(out)])
        assert gap.exit_code == 0 and "Обучение учеников" in gap.output, gap.output
    graph = CareerGraph.load(tmp_path / "g.json")
    again = CareerGraph.from_json(graph.to_json())
    assert sorted(again.nx.nodes) == sorted(graph.nx.nodes)
    assert again.nx.nodes[again.find("Κυβερνήτης")]["name"] == "ΚΥΒΕΡΝΗΤΗΣ"


def test_exports_keep_every_script(cli: CliRunner, guides: Path, tmp_path: Path) -> None:
    saved = tmp_path / "g.json"
    assert cli.invoke(app, ["build", str(guides), "--no-cache", "--out", str(saved)]).exit_code == 0
    for fmt in ("json", "graphml", "cypher"):
        out = tmp_path / f"export.{fmt}"
        result = cli.invoke(app, ["export", "-f", fmt, "-o", str(out), "--graph", str(saved)])
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        for name in ("ООО «Наковальня»", "大阪製パン株式会社", "شركة النخيل", "Florist 🌷"):
            assert name in text, (fmt, name)


def test_html_view_escapes_and_keeps_names(cli: CliRunner, guides: Path, tmp_path: Path) -> None:
    (guides / "markup.yaml").write_text(
        'role: "Ingénieur <b>R&D</b>"\nskills:\n  top: ["</script><script>x()</script>"]\n',
        encoding="utf-8")
    out = tmp_path / "view.html"
    result = cli.invoke(app, ["view", "--guides", str(guides), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script>x()" not in html and "Ingénieur" in html
    for name in ("Кузнец", "面包师", "مصمم جرافيك", "नर्स", "Head Florist 🌷"):
        assert name in html


_VOCAB = Vocabulary.from_lexicon(load_lexicon())


@pytest.mark.parametrize("title", [
    "Chef d'Équipe Électricité", "Chef de l'Atelier", "Pastry Chef de Équipe",
])
def test_a_known_title_keeps_its_longer_name_in_any_capitals(title: str) -> None:
    # A known title ("Chef") lengthened by "de"/"d'"/"l'" and capitalised words keeps them,
    # whatever letters the capitals are ("É" as well as "E").
    assert ladder_step(title, _VOCAB, "Electrician", plain=True) == title


def test_an_arrow_rung_with_an_elided_name_is_not_cut() -> None:
    page = ("Electrician | Career Guide\n\nCareer progression\n"
            "Electrician → Chef d'Équipe Électrique → Electrical Engineer\n")
    guide = parse_text(page, "invented.txt")
    assert [[f.text for f in chain] for chain in guide.progressions] == [
        ["Electrician", "Chef d'Équipe Électrique", "Electrical Engineer"]]


@pytest.mark.parametrize("firm", ["KLM Hélios Nord", "BRT Mühlenwerke", "ZX Ölwerk"])
def test_an_employer_after_capitals_keeps_its_accented_word(firm: str) -> None:
    # Capitals before a capitalised word are cut only as a glued headline: "é" after a
    # capital is a lowercase letter, not the start of the name.
    page = f"Registered Nurse | Career Guide\n\nEmployers: {firm}, Kestrel Health\n"
    guide = parse_text(page, "invented.txt")
    assert [f.text for f in guide.employers] == [firm, "Kestrel Health"]


@pytest.mark.parametrize("firm", [
    "Škoda Auto", "Örebro Care", "Łódź Foods", "Åland Health Partners"])
@pytest.mark.parametrize("sentence", [
    "Clinics are hiring hardest (Kestrel, {firm} and Halberd Bank all have open roles).",
    "She is a nurse with {firm} at Station 4.",
    "{firm} hired me as a nurse in 2019.",
    "Our client, {firm}, which recruits nurses every year, is growing.",
])
def test_an_employer_opening_with_an_accented_capital_is_read_whole(
        firm: str, sentence: str) -> None:
    # A name's first capital may be any Latin capital: "Škoda Auto" is never read as "Auto".
    page = f"Registered Nurse | Career Guide\n\nWhere you can work\n{sentence.format(firm=firm)}\n"
    names = [f.text for f in parse_text(page, "invented.txt").employers]
    assert firm in names
    assert not any(name != firm and firm.endswith(name) for name in names)
