"""Real occupation titles read as the page's role (titles1): guiding, hosting, officiating,
faith and care titles as a plain page's first line; "X Guide" is a role unless the word
before it makes it a reader's document ("Career Guide", "Salary Guide"); a definition
sentence naming a compound trade ("A Silversmith is …") or a hyphened or lettered title
("A Stage Make-Up Artist is …", "A CGI Artist is …") or a Title Case title with "and" or
"of" ("A Professor of Geology is …") names the role."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _page(title: str) -> str:
    return f"{title}\n\nSkills\n- Map reading\n- Group safety\n"


@pytest.mark.parametrize("title", ["Glacier Guide", "Canyon Guide", "Cathedral Guide",
                                   "Kayak Guide", "Head Guide"])
def test_a_guide_title_line_is_the_role(title: str) -> None:
    assert parse_text(_page(title), "page.txt").role.text == title


@pytest.mark.parametrize("title", ["Racecourse Judge", "Hotel Hostess", "Hospice Chaplain",
                                   "Hockey Referee", "Equine Osteopath", "Club Caddie",
                                   "Offshore Roustabout", "Cricket Umpire", "Radio Host",
                                   "Hotel Maid", "Rugby Match Official"])
def test_other_occupation_title_lines_are_the_role(title: str) -> None:
    assert parse_text(_page(title), "page.txt").role.text == title


@pytest.mark.parametrize("name", ["Career Guide", "Salary Guide", "Study Guide",
                                  "Developer Guide", "A Buyer's Guide", "2026 Guide", "Guide",
                                  "Web Host"])
def test_a_document_guide_is_no_role_title(name: str) -> None:
    assert not _vocab().is_role_title(name)


def test_a_guide_in_prose_is_a_move_but_a_document_is_not() -> None:
    vocab = _vocab()
    text = "Read the Salary Guide first. Many worked as a Kayak Guide before."
    assert vocab.role_title_at(text, text.index("Salary")) is None
    assert vocab.role_title_at(text, text.index("Kayak")) == "Kayak Guide"


@pytest.mark.parametrize(("opening", "role"), [
    ("A Silversmith is someone who shapes precious metal.", "Silversmith"),
    ("A Millwright is someone who sets up heavy machines.", "Millwright"),
    ("A Stage Make-Up Artist is someone who paints actors.", "Stage Make-Up Artist"),
    ("A CGI Artist is someone who builds digital scenes.", "CGI Artist"),
    ("A Welder and Fabricator is someone who joins steel.", "Welder and Fabricator"),
    ("A Professor of Geology is someone who teaches rocks.", "Professor of Geology"),
])
def test_a_definition_sentence_names_the_role(opening: str, role: str) -> None:
    page = f"{opening}\n\nSkills\n- Patience\n- Steady hands\n"
    assert parse_text(page, "page.txt").role.text == role
