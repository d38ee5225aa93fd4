"""Names in any script: a name key keeps the letters of every script and ignores only the
accents on Latin letters, so two Cyrillic roles are two roles and "Técnico" is "Tecnico";
a structured guide's value that names nothing is reported, not dropped silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.graph import CareerGraph
from careergraph.guides import load_corpus
from careergraph.names import name_key, slugify


@pytest.mark.parametrize(("first", "second"), [
    ("Врач", "Инженер"),              # Cyrillic: two words, never one empty key
    ("工程师", "护士"),                 # Chinese
    ("शिक्षक", "डॉक्टर"),                # Devanagari, with its vowel signs
    ("Μηχανικός", "Νοσηλευτής"),      # Greek
])
def test_other_scripts_keep_distinct_keys(first: str, second: str) -> None:
    assert name_key(first) and name_key(second)
    assert name_key(first) != name_key(second)
    assert slugify(first) != slugify(second) != "unnamed"


@pytest.mark.parametrize(("accented", "plain"), [
    ("Técnico de viveiro", "Tecnico de viveiro"),
    ("Straßenbauer", "Strassenbauer"),
    ("Mécanicien", "Mecanicien"),
    ("Kỹ sư", "Ky su"),
])
def test_latin_accents_are_one_spelling(accented: str, plain: str) -> None:
    assert name_key(accented) == name_key(plain)
    assert slugify(accented) == slugify(plain)


def test_cyrillic_breve_is_a_letter_not_an_accent() -> None:
    # "й" and "и" are two letters of Cyrillic: only Latin accents are folded.
    assert name_key("Мойщик") != name_key("Моищик")


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_two_cyrillic_guides_build_two_roles_with_their_skills(tmp_path: Path) -> None:
    _write(tmp_path, "welder.yaml",
           "role: Сварщик\nskills:\n  top: [Сварка, Чтение чертежей]\nleads_to: [Мастер участка]\n")
    _write(tmp_path, "cook.yaml",
           "role: Повар\nskills:\n  top: [Выпечка]\nleads_to: [Шеф-повар]\n")
    graph = CareerGraph.from_guides([tmp_path])
    roles = {data["name"] for _, data in graph.nx.nodes(data=True) if data.get("type") == "Role"}
    assert roles == {"Сварщик", "Мастер участка", "Повар", "Шеф-повар"}
    skills = {data["name"] for _, data in graph.nx.nodes(data=True) if data.get("type") == "Skill"}
    assert skills == {"Сварка", "Чтение чертежей", "Выпечка"}
    assert [step.role for step in graph.routes("Повар", "Шеф-повар")[0].steps] == [
        "Повар", "Шеф-повар"]


def test_a_structured_value_naming_nothing_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "baker.yaml",
           'role: Baker\nskills:\n  top: ["★★★", Bread]\nleads_to: ["—", Head Baker]\n')
    corpus = load_corpus([tmp_path])
    [guide] = corpus.guides
    assert [skill.text for skill in guide.skills] == ["Bread"]
    assert [move.text for move in guide.leads_to] == ["Head Baker"]
    labels = [problem.label for problem in guide.problems]
    assert any("baker.yaml:3" in label and "'★★★' not read" in label for label in labels)
    assert any("baker.yaml:4" in label and "'—' not read" in label for label in labels)


def test_a_translators_untranslated_words_are_no_skills_or_sectors() -> None:
    from careergraph.guides import parse_text

    page = parse_text(
        "Payroll Assistant\n\nDuties\n"
        "1. Preparing month-end reconciliations (συμφωνίες) for the finance team\n\n"
        "Requirements\n"
        "• Knowledge of Cypriot labour law and of the ΤΚΑ/ΓεΣΥ\n"
        "• Experience with Sage Payroll\n", "payroll.txt")
    skills = [skill.text for skill in page.skills]
    assert {"Cypriot labour law", "Sage Payroll"} <= set(skills)
    assert not [name for name in skills if not any("a" <= c <= "z" for c in name.lower())]


def test_a_structured_guide_keeps_a_skill_in_another_script(tmp_path: Path) -> None:
    # Stated field by field: a Japanese skill on an English-titled guide is the guide's data.
    _write(tmp_path, "interpreter.yaml",
           "role: Conference Interpreter\nskills:\n  top: [日本語, Note-taking]\n")
    [guide] = load_corpus([tmp_path]).guides
    assert [skill.text for skill in guide.skills] == ["日本語", "Note-taking"]


@pytest.mark.parametrize(("printed", "pointed"), [
    ("Монтер пути", "Монтёр пути"),     # Russian prints "ё" as "е" in running text
    ("מהנדס", "מְהַנְדֵּס"),             # Hebrew vowel points are optional
    ("مهندس", "مُهَنْدِس"),              # Arabic short vowels are optional
    ("مهندس", "مهـــندس"),              # a tatweel only stretches the word
])
def test_optional_marks_of_other_scripts_are_one_spelling(printed: str, pointed: str) -> None:
    assert name_key(printed) == name_key(pointed)


@pytest.mark.parametrize(("first", "second"), [
    ("מהנדס", "רופא"),                  # Hebrew: engineer, doctor
    ("مهندس", "طبيب"),                  # Arabic: engineer, doctor
    ("Монтер", "Мастер"),
])
def test_folding_marks_keeps_different_words_apart(first: str, second: str) -> None:
    assert name_key(first) != name_key(second)
