"""The graph cache: keyed by everything that decides the graph, and never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careergraph import cache
from careergraph.resources import guides_dir


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    return folder


def test_key_follows_guides_lexicon_options_and_code(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = cache.cache_key([corpus])
    assert cache.cache_key([corpus]) == base
    assert cache.cache_key([corpus], strict=True) != base
    lexicon = tmp_path / "lex"
    lexicon.mkdir()
    (lexicon / "roles.yaml").write_text("roles:\n  Data Engineer: {aliases: [DE]}\n")
    assert cache.cache_key([corpus], [lexicon]) != base
    guide = corpus / "lead-mlops-engineer.card.txt"
    guide.write_bytes(guide.read_bytes() + b"\n")
    edited = cache.cache_key([corpus])
    assert edited != base
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: "other code")
    assert cache.cache_key([corpus]) != edited


def test_an_edited_guide_is_rebuilt_not_served_stale(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    first = cache.cached_build([corpus])
    assert "role:data-engineer" not in first.nx
    (corpus / "data-engineer.txt").write_text(
        "Data Engineer\nCareer GuideKey Responsibilities\n- Build pipelines\n", encoding="utf-8")
    second = cache.cached_build([corpus])
    assert "role:data-engineer" in second.nx
    assert len(list((tmp_path / "cache").glob("graph-*.json"))) == 2
