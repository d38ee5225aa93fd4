"""Faculty, kitchen and clinical pages' moves told as an office served in, a post one holds
now, or a label before the posts out (helper rules37c, 2026-12-05).  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides.moves import prose_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def test_an_office_served_in_after_the_post() -> None:
    """"Some serve as A or B" names the posts after the role."""
    found = prose_moves("After tenure most stay on, and some serve as Associate Dean or "
                        "Head of School.", _VOCAB, "Assistant Professor")
    assert {"Associate Dean", "Head of School"} <= set(found["up"])


def test_one_of_them_is_now_a_post() -> None:
    """"… and one is now Head of School": the post a former holder holds now."""
    found = prose_moves("Of last year's intake, three became Principal Lecturers and one is "
                        "now Head of School.", _VOCAB, "Lecturer")
    assert "Head of School" in found["up"]


def test_a_label_before_the_posts_out() -> None:
    """"Later moves: A, B, or C" lists the posts out; a nurse anesthetist's acronym is a
    title's head ("Chief CRNA")."""
    found = prose_moves("Later moves: Chief CRNA, Practice Manager, or Clinical Director.",
                        _VOCAB, "Dental Nurse")
    assert {"Chief CRNA", "Practice Manager", "Clinical Director"} <= set(found["up"])


def test_serving_as_a_thing_is_no_move() -> None:
    """"serve as" with no "some"/"go on to" before it, and "is now our" of a thing, name no
    post."""
    found = prose_moves("The workshop can serve as a meeting room, and the kiln is now our "
                        "biggest cost.", _VOCAB, "Potter")
    assert found == {"up": [], "lateral": [], "in": []}


def _skills(tmp_path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from careergraph.guides import parse_file

    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return [skill.text for skill in parse_file(page)[0].skills]


_POSTING = """WELDER / SVÁŘEČ (m/f)
Kovo Brno s.r.o. · Brno
40 000 – 48 000 CZK gross/month | Full time
Job description
We are a steel fabrication shop with 40 employees. We are looking for a welder.
Requirements:
• experience with MIG welders (Fronius, Kemppi)
• blueprint reading and torch technique (Lincoln, ESAB)
• patience and stamina
• tact and discretion
• clean criminal record
What we offer
Salary 45 000 Kč
"""


def test_two_skills_before_their_brands(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"A and B (Maker, MAKER)" among requirements: both skills, both makers (a maker in
    capitals beside a brand is one)."""
    found = _skills(tmp_path, _POSTING)
    assert {"blueprint reading", "torch technique", "Lincoln", "ESAB"} <= set(found)
    assert "blueprint reading and torch technique" not in found


def test_two_traits_on_a_requirements_bullet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"- tact and discretion": two traits the gazetteer knows, each a skill; a record is
    none."""
    found = _skills(tmp_path, _POSTING)
    assert {"patience", "stamina", "tact", "discretion"} <= set(found)
    assert "tact and discretion" not in found
    assert not any("criminal" in name for name in found)


def test_two_traits_in_a_skills_list() -> None:
    """"tact and persistence" in a list: two traits the gazetteer knows; two single words of
    a subject stay whole."""
    from careergraph.guides.skill_cues import paired_skills

    assert paired_skills("patience and perseverance") == ["patience", "perseverance"]
    assert paired_skills("anatomy and physiology") == ["anatomy and physiology"]
