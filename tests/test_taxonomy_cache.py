"""Imported taxonomies are kept in the parse cache: a build after an edit elsewhere reads
them back instead of importing every table again, and any change of a table or an option
imports again.  The graph is the same either way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careergraph import cache
from careergraph.guides import corpus
from careergraph.guides.taxonomy import Bundle, TaxonomyOptions
from careergraph.guides.taxonomy_result import Imported
from careergraph.resources import guides_dir

TAXONOMY = Path(__file__).parent / "fixtures" / "taxonomy"


@pytest.fixture()
def imports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The formats of the taxonomies imported from their tables (not the cache)."""
    done: list[str] = []
    real = corpus.import_bundle

    def counted(bundle: Bundle, options: TaxonomyOptions | None = None) -> Imported:
        done.append(bundle.format)
        return real(bundle, options)

    monkeypatch.setattr(corpus, "import_bundle", counted)
    return done


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for name in ("esco", "onet"):
        shutil.copytree(TAXONOMY / name, folder / name)
    shutil.copy(guides_dir() / "lead-mlops-engineer.card.txt", folder / "lead.card.txt")
    return folder


def test_an_edit_beside_a_taxonomy_reads_it_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imports: list[str]) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    folder = _folder(tmp_path)
    cache.cached_build([folder])
    assert sorted(imports) == ["esco", "onet"]
    guide = folder / "lead.card.txt"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nRust\n", encoding="utf-8")
    rebuilt = cache.cached_build([folder])
    assert sorted(imports) == ["esco", "onet"]  # neither imported again
    cold = cache.cached_build([folder], use_cache=False)  # imports both from their tables
    assert sorted(imports) == ["esco", "esco", "onet", "onet"]
    assert rebuilt.digest == cold.digest
    assert ({g.file for g in rebuilt.report.guides} == {g.file for g in cold.report.guides})


def test_a_changed_table_or_option_imports_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imports: list[str]) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    folder = _folder(tmp_path)
    cache.cached_build([folder])
    table = folder / "onet" / "Alternate Titles.txt"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(lines[:-1]), encoding="utf-8")  # one alternate title fewer
    cache.cached_build([folder])
    assert sorted(imports) == ["esco", "onet", "onet"]
    cache.cached_build([folder], taxonomy=TaxonomyOptions(onet_min_importance=4.0))
    assert sorted(imports) == ["esco", "esco", "onet", "onet", "onet"]
