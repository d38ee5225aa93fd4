"""One list of legal forms (data/legal_forms.yaml) serves resolution, sentence cutting and
head-line reading; a bad entry is reported with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

import careergraph.legal_forms as legal
from careergraph.errors import LexiconError
from careergraph.firm_names import firm_base
from careergraph.guides.company_forms import COMPANY_STOP
from careergraph.guides.employer_names import full_name
from careergraph.guides.title_frames import legal_form
from careergraph.resources import data_dir


def test_each_reader_takes_the_forms_of_its_use() -> None:
    assert "Bros" in legal.legal_forms("stop") and "Bros" not in legal.legal_forms("firm")
    assert firm_base("Quillan Freight Sdn Bhd") == "Quillan Freight"
    assert firm_base("Orrin Bros") == ""  # the brothers are part of the name
    assert COMPANY_STOP.search("Orrin Bros.") and not COMPANY_STOP.search("Orrin Freight.")
    assert legal_form("GmbH") and legal_form("b.v.") and not legal_form("Bros")


def test_every_form_has_a_known_use_and_appears_once() -> None:
    text = (data_dir() / "legal_forms.yaml").read_text()
    forms = [row.split(":")[0].strip() for row in text.splitlines()
             if row.startswith("  ") and not row.lstrip().startswith("#")]
    assert len(forms) == len(set(forms)) and len(forms) >= 40


def test_an_unknown_use_names_the_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "legal_forms.yaml").write_text("forms:\n  Ltd: [firm]\n  Oyj: [firm, tilte]\n")
    monkeypatch.setattr(legal, "data_dir", lambda: tmp_path)
    legal._table.cache_clear()
    try:
        with pytest.raises(LexiconError) as caught:
            legal.legal_forms("firm")
    finally:
        legal._table.cache_clear()
    assert caught.value.line == 3 and "tilte" in caught.value.problem
    assert str(tmp_path / "legal_forms.yaml") in str(caught.value)


def test_a_fuller_name_never_stops_between_two_legal_forms() -> None:
    page = "Kanya Apparel Co., Ltd.\nKanya Apparel Dye Works trains operators."
    assert full_name("Kanya Apparel", "Kanya Apparel Co., Ltd. is hiring.") == (
        "Kanya Apparel")
    assert full_name("Kanya Apparel", page) == "Kanya Apparel Dye Works"
