"""Exhibitor lists, pay review body chapters and returner programme pages (helper rules34a,
2026-12-05): roles, employers, skills and pay read from their own structures."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.roles import _page_title
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _guide(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The guide parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def test_a_pay_review_summary_names_the_first_staff_group() -> None:
    """"… — summary for X and Ys": the chapter's staff group is X, the second a grade."""
    assert _page_title("Nursing Pay Panel: 12th report 2029 — summary for dental nurses and"
                       " orthodontic therapists", VOCAB, first=True) == "Dental Nurse"


def test_a_firm_masthead_is_no_title(tmp_path: Path) -> None:
    """"FIRM NAME  Chartered Tax Advisers": the firm's trade, the returner programme's role
    named below leads."""
    text = ("HOLLIS VANE  Chartered Tax Advisers\n"
            "Home | Services | Team | Careers | Contact\n\n"
            "BACK TO TAX: OUR RETURNER PROGRAMME FOR TAX ADVISERS\n"
            "4-month paid returnship · Leeds or Manchester\n\n"
            "If you worked as a tax adviser and took a career break of two years or more, "
            "this programme is your way back. Tax advisers join our private client team.\n")
    assert _guide(tmp_path, text).role.text == "Tax Adviser"
