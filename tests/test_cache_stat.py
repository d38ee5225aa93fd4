"""The stat fingerprint a warm command checks its corpus by: any change to a guide changes it
(also one that keeps the size and modification time), and what a stat cannot vouch for
falls back to reading the files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from careergraph import cache
from careergraph.resources import guides_dir

OLD = 1_600_000_000  # a modification time long past (a fresh file is not trusted by stat)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    (folder / "more").mkdir()
    # A guide that is a link to a file outside the folder: its target's edits count.
    shutil.copy(folder / "lead-mlops-engineer.card.txt", tmp_path / "outside.card.txt")
    (folder / "linked.card.txt").symlink_to(tmp_path / "outside.card.txt")
    shutil.copy(folder / "senior-mlops-engineer.longform.txt",
                folder / "more" / "copy.longform.txt")
    _age(folder)
    return folder


def _age(folder: Path) -> None:
    for path in [*folder.rglob("*"), folder, *folder.parent.glob("outside.*")]:
        os.utime(path, (OLD, OLD))


def _same_size_edit(path: Path) -> None:
    """Change bytes without changing the size or the modification time."""
    data = path.read_bytes()
    path.write_bytes(data.replace(b"e", b"a", 1))
    os.utime(path, (OLD, OLD))


CHANGES: dict[str, Callable[[Path], None]] = {
    "same-size edit, time restored": lambda c: _same_size_edit(c / "lead-mlops-engineer.card.txt"),
    "edit in a sub-folder": lambda c: _same_size_edit(c / "more" / "copy.longform.txt"),
    "add": lambda c: (c / "new.card.txt").write_text("Data Engineer\n"),
    "remove": lambda c: (c / "lead-mlops-engineer.card.txt").unlink(),
    "rename": lambda c: (c / "lead-mlops-engineer.card.txt").rename(c / "lead.card.txt"),
    "chmod": lambda c: (c / "lead-mlops-engineer.card.txt").chmod(0o600),
    "same-size edit through a link to a file": lambda c: _same_size_edit(
        c.parent / "outside.card.txt"),
}


def test_the_stat_key_is_stable_while_nothing_changes(corpus: Path) -> None:
    key = cache._stat_key([corpus], [], False)
    assert key is not None and cache._stat_key([corpus], [], False) == key
    assert cache._stat_key([corpus], [], True) != key


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_changes_the_stat_key(change: str, corpus: Path) -> None:
    before = cache._stat_key([corpus], [], False)
    CHANGES[change](corpus)
    _age(corpus)
    after = cache._stat_key([corpus], [], False)
    assert after is not None and after != before


def test_what_a_stat_cannot_vouch_for_is_read(corpus: Path, tmp_path: Path) -> None:
    assert cache._stat_key([str(corpus / "*.txt")], [], False) is None  # a glob
    (corpus / "lead-mlops-engineer.card.txt").touch()  # modified a moment ago
    assert cache._stat_key([corpus], [], False) is None
    _age(corpus)
    (corpus / "linked").symlink_to(tmp_path, target_is_directory=True)
    assert cache._stat_key([corpus], [], False) is None
    assert cache._stat_key([tmp_path / "missing"], [], False) is None


def test_a_same_size_edit_is_never_answered_from_the_stale_store(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    first = cache.cached_build([corpus])
    assert cache.cached_build([corpus]).store is not None  # warm: served by the stat key
    guide = corpus / "lead-mlops-engineer.card.txt"
    text = guide.read_text(encoding="utf-8")
    assert "\nContainerization\n" in text
    guide.write_text(text.replace("\nContainerization\n", "\nContainerizatiom\n", 1),
                     encoding="utf-8")
    os.utime(guide, (OLD, OLD))
    assert len(guide.read_text(encoding="utf-8")) == len(text)
    edited = cache.cached_build([corpus])
    assert edited.digest != first.digest
    assert "Containerizatiom" in {attrs["name"] for _, attrs in edited.nodes()}
