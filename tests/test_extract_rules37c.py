"""Faculty, kitchen and clinical pages' moves told as an office served in, a post one holds
now, or a label before the posts out (helper rules37c, 2026-12-05).  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides.moves import prose_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def test_an_office_served_in_after_the_post() -> None:
    """"Some serve as A or B" names the posts after the role; an elected chair is a title."""
    found = prose_moves("After tenure most stay on, and some serve as Department Chair or "
                        "Associate Dean.", _VOCAB, "Assistant Professor")
    assert {"Department Chair", "Associate Dean"} <= set(found["up"])


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
