"""Loading many guides: labels, digest, and bad inputs that never stop the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careergraph.errors import GuideError
from careergraph.guides import Corpus, load_corpus
from careergraph.guides.read import MAX_BYTES
from careergraph.model import Severity
from careergraph.resources import guides_dir

BUNDLED = sorted(p.name for p in guides_dir().glob("*.txt"))
FIXTURES = Path(__file__).parent / "fixtures" / "guides"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled corpus in a sub-folder, plus one bad file of each kind."""
    root = tmp_path / "guides"
    shutil.copytree(guides_dir(), root / "real")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"Lead Engineer\n\x00\x01\x02")
    (root / "latin1.txt").write_bytes(b"Data Engineer\nCareer Guide\nCan Lead To\nCaf\xe9 Lead\n")
    (root / "huge.txt").write_bytes(b"A" * (MAX_BYTES + 1))
    (root / "norole.txt").write_text("nothing to see here.\nreally nothing.\n", encoding="utf-8")
    (root / "z-copy.card.txt").write_bytes((guides_dir() / BUNDLED[0]).read_bytes())
    text = (guides_dir() / BUNDLED[2]).read_text(encoding="utf-8")
    (root / "z-crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (root / "bad.yaml").write_text("role: X\nskills:\n  tol: [a]\n", encoding="utf-8")
    (root / "notes.csv").write_text("ignored", encoding="utf-8")
    (root / ".hidden.txt").write_text("ignored", encoding="utf-8")
    return root


def test_bundled_corpus() -> None:
    corpus = load_corpus()
    assert corpus.files == BUNDLED
    assert [g.file for g in corpus.guides] == BUNDLED
    assert corpus.problems == []
    assert len(corpus.digest) == 64
    assert load_corpus().digest == corpus.digest


def test_bad_files_become_problems_and_good_ones_still_load(folder: Path) -> None:
    corpus = load_corpus([folder])
    assert [g.file for g in corpus.guides] == [f"real/{name}" for name in BUNDLED]
    errors = {p.file: p for p in corpus.problems}
    assert all(p.severity is Severity.ERROR for p in corpus.problems)
    assert set(errors) == {
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "huge.txt",
        "norole.txt",
        "z-copy.card.txt",
        "z-crlf.txt",
        "bad.yaml",
    }
    assert "empty" in errors["empty.txt"].message
    assert (errors["binary.txt"].line, "NUL byte" in errors["binary.txt"].message) == (2, True)
    assert (errors["latin1.txt"].line, "byte 0xe9" in errors["latin1.txt"].message) == (4, True)
    assert "limit" in errors["huge.txt"].message
    assert "no role" in errors["norole.txt"].message
    assert "same bytes as real/lead-mlops-engineer.card.txt" in errors["z-copy.card.txt"].message
    assert "same text as real/" in errors["z-crlf.txt"].message
    assert (errors["bad.yaml"].line, "skills.tol: unknown key" in errors["bad.yaml"].message) == (
        3,
        True,
    )
    assert "notes.csv" not in corpus.files and ".hidden.txt" not in corpus.files
    assert "real/lead-mlops-engineer.card.txt" in corpus.files


def test_strict_raises_the_first_error_after_reading_everything(folder: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(GuideError) as info:
        load_corpus([folder], strict=True, progress=lambda i, n, label: seen.append((i, n, label)))
    assert info.value.file == "bad.yaml"  # first in sorted order
    assert len(seen) == 13 and seen[-1][0] == seen[-1][1] == 13  # 5 real + 8 bad


def test_files_globs_and_labels(tmp_path: Path) -> None:
    card = guides_dir() / BUNDLED[0]
    corpus = load_corpus([str(card), str(FIXTURES / "*.yaml"), FIXTURES / "data-engineer.json"])
    assert corpus.files == [
        str(card),
        str(FIXTURES / "data-engineer.yaml"),
        str(FIXTURES / "data-engineer.json"),
    ]
    assert [g.role.text for g in corpus.guides] == [
        "Lead MLOps Engineer",
        "Data Engineer",
        "Data Engineer",
        "Analytics Engineer",
    ]
    missing = load_corpus([tmp_path / "nope", str(tmp_path / "*.none")])
    assert [p.message for p in missing.problems] == [
        "no such file or folder",
        "no file matches this pattern",
    ]
    assert missing.guides == []


def test_digest_changes_with_labels_and_bytes(tmp_path: Path) -> None:
    one = tmp_path / "a"
    one.mkdir()
    shutil.copy(guides_dir() / BUNDLED[0], one / "x.txt")
    before = load_corpus([one]).digest
    (one / "x.txt").rename(one / "y.txt")
    renamed = load_corpus([one]).digest
    (one / "y.txt").write_bytes((one / "y.txt").read_bytes() + b"\n")
    edited = load_corpus([one]).digest
    assert len({before, renamed, edited}) == 3


def test_guide_warnings_reach_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "w.card.txt").write_text(
        "Data Engineer\nCareer Guide\nMajor Employers\nGoogleGlobexCorp\nCan Lead To\nX Lead\n",
        encoding="utf-8",
    )
    corpus = load_corpus([tmp_path])
    assert [(p.file, p.line, p.severity) for p in corpus.problems] == [
        ("w.card.txt", 4, Severity.WARNING)
    ] * 2
    assert isinstance(corpus, Corpus) and len(corpus.guides) == 1


def test_duplicate_checks_with_kept_text_keys(folder: Path) -> None:
    """A second load given the first's text keys decodes only the files it does not know,
    and finds the same duplicates (``z-crlf.txt`` repeats a guide's text, ``z-copy`` its
    bytes); the keys are replaced by the corpus's own."""
    keys: dict[str, str] = {"stale": "key"}
    first = load_corpus([folder], text_keys=keys)
    assert "stale" not in keys and len(keys) >= len(BUNDLED)
    kept = dict(keys)
    again = load_corpus([folder], text_keys=keys)
    assert keys == kept
    assert [p.message for p in again.problems] == [p.message for p in first.problems]
    assert any("same text as" in p.message for p in again.problems)
    assert any("same bytes as" in p.message for p in again.problems)
    assert again.model_dump() == first.model_dump()


def test_text_guides_are_opened_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The taxonomy check reads a text guide's first line from the bytes the load reads
    anyway: it never opens one itself (files not named like guides it still does)."""
    import careergraph.guides.taxonomy as taxonomy

    opened: list[Path] = []
    first_line = taxonomy.first_line

    def counting(path: Path, limit: int = 65536) -> str:
        opened.append(path)
        return first_line(path, limit)

    monkeypatch.setattr(taxonomy, "first_line", counting)
    corpus = load_corpus([folder])
    assert len(corpus.guides) >= len(BUNDLED)
    assert [p for p in opened if p.name.endswith(".txt")] == []
