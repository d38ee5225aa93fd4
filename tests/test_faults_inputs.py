"""Faults in the inputs (issue 12, cases 4, 6, 7 and 12): unreadable guides, folders and
lexicons, paths that are no guide files, looping links, UTF-16 text, unwritable ``--out``.

Every case runs the real CLI on real files.  Permission cases run the CLI in a child process
that has lost the capabilities that let root ignore file permissions (``setpriv``), because
the suite runs as root: for that process a ``chmod 000`` file is as unreadable as for any
user.  (``setpriv --reuid`` to another user is not used: the interpreter lives under
``/root``, which no other user can enter.)
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.guides import load_corpus
from careergraph.guides.walk import expand_paths
from careergraph.model import Problem
from careergraph.resources import guides_dir

SRC = Path(__file__).resolve().parents[1] / "src"
GUIDE = guides_dir() / "lead-mlops-engineer.card.txt"
OTHER = guides_dir() / "mlops-ml-platform-engineer.card.txt"
#: Capabilities that let root read any file and enter any folder.
_DAC_CAPS = "-dac_override,-dac_read_search"


def _cli_without_dac(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    """Run ``careergraph ARGS`` in a process that obeys file permissions, as any user does."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("setpriv not found: apt-get install util-linux (permission tests need it "
                    "to run the CLI without root's file-permission override)")
    env = {**os.environ, "PYTHONPATH": str(SRC), "CAREERGRAPH_CACHE_DIR": str(cache),
           "COLUMNS": "200"}
    return subprocess.run(
        [setpriv, f"--bounding-set={_DAC_CAPS}", f"--inh-caps={_DAC_CAPS}", sys.executable,
         "-c", "from careergraph.cli import main; main()", *args],
        capture_output=True, text=True, env=env, timeout=240, check=False)


@pytest.fixture()
def guides(tmp_path: Path) -> Iterator[Path]:
    """A folder with two good guides; permissions restored afterwards so it can be removed."""
    folder = tmp_path / "guides"
    folder.mkdir()
    shutil.copy(GUIDE, folder / "a.card.txt")
    shutil.copy(OTHER, folder / "b.card.txt")
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755)


def _no_traceback(result: subprocess.CompletedProcess[str]) -> str:
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    return output


# -- case 4: unreadable guide, subfolder, lexicon ------------------------------------------

def test_unreadable_guide_is_a_problem_naming_the_file(guides: Path, tmp_path: Path) -> None:
    secret = guides / "secret.card.txt"
    shutil.copy(GUIDE, secret)
    secret.write_text(secret.read_text("utf-8").replace("Lead MLOps", "Secret MLOps"), "utf-8")
    secret.chmod(0)
    cache = tmp_path / "cache"
    for _ in range(2):  # the second run is served by the cache: the problem is still there
        result = _cli_without_dac(["build", str(guides)], cache)
        output = _no_traceback(result)
        assert result.returncode == 0, output
        assert "secret.card.txt:1: error: cannot read file: Permission denied" in output
        assert "Built 2 guides" in output
    strict = _cli_without_dac(["build", str(guides), "--strict"], cache)
    assert strict.returncode == 2
    assert "secret.card.txt:1: cannot read file: Permission denied" in _no_traceback(strict)


def test_unreadable_subfolder_is_reported(guides: Path, tmp_path: Path) -> None:
    hidden = guides / "team"
    hidden.mkdir()
    shutil.copy(GUIDE, hidden / "c.card.txt")
    hidden.chmod(0)
    for given in (str(guides), f"{guides}/*/*.txt", f"{guides}/**"):
        result = _cli_without_dac(["build", given, "--json"], tmp_path / "cache")
        assert result.returncode == 0, _no_traceback(result)
        problems = [(p["file"], p["message"]) for p in _json(result.stdout)["problems"]]
        assert (str(hidden), "cannot read folder: Permission denied") in problems, given


def test_unreadable_lexicon_file_is_an_error_naming_it(guides: Path, tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "mine.yaml").write_text("employers:\n  Acme: []\n", "utf-8")
    (lexicon / "mine.yaml").chmod(0)
    result = _cli_without_dac(["build", str(guides), "--lexicon", str(lexicon)],
                              tmp_path / "cache")
    assert result.returncode == 2
    assert f"{lexicon / 'mine.yaml'}: cannot read lexicon file: Permission denied" in \
        _no_traceback(result)


@pytest.mark.parametrize("given", ["/nonexistent", "/nonexistent/extra.yaml"])
def test_missing_lexicon_path_is_an_error_naming_it(cli: CliRunner, given: str) -> None:
    result = cli.invoke(app, ["build", "--lexicon", given])
    assert result.exit_code == 2
    assert f"{given}: no such lexicon file or folder" in result.output


# -- case 6: --strict and paths that are no guide files -------------------------------------

def _json(text: str) -> Any:
    return json.loads(text)


def _odd_path(kind: str, tmp_path: Path) -> tuple[str, str]:
    """A path of ``kind`` and the message careergraph gives for it."""
    if kind == "missing":
        return str(tmp_path / "nope.txt"), "no such file or folder"
    if kind == "glob":
        return str(tmp_path / "none-[ab]*.txt"), "no file matches this pattern"
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.txt")
        return str(tmp_path / "pipe.txt"), "a FIFO (named pipe), not a guide file: not read"
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    return str(tmp_path / "loop.txt"), "symbolic link loop: not read"


@pytest.mark.parametrize("kind", ["missing", "glob", "fifo", "loop"])
def test_strict_fails_on_a_path_that_is_no_guide(cli: CliRunner, tmp_path: Path,
                                                 kind: str) -> None:
    given, message = _odd_path(kind, tmp_path)
    loose = cli.invoke(app, ["build", str(GUIDE), given, "--json"])
    assert loose.exit_code == 0, loose.output
    problems = _json(loose.output)["problems"]
    assert {"file": given, "line": 1, "message": message, "severity": "error"} in problems
    strict = cli.invoke(app, ["build", str(GUIDE), given, "--strict"])
    assert strict.exit_code == 2
    assert f"{given}:1: {message}" in strict.output


def test_odd_entries_inside_a_folder_are_reported_not_read(guides: Path) -> None:
    os.mkfifo(guides / "pipe.txt")
    (guides / "loop.md").symlink_to(guides / "loop.md")
    (guides / "gone.txt").symlink_to(guides / "nowhere.txt")
    (guides / "notes.bin").symlink_to(guides / "notes.bin")  # not a guide suffix: ignored
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(guides / "s.yaml"))
        corpus = load_corpus([guides])
    assert len(corpus.guides) == 2
    assert {(p.file, p.message) for p in corpus.problems} == {
        (str(guides / "pipe.txt"), "a FIFO (named pipe), not a guide file: not read"),
        (str(guides / "loop.md"), "symbolic link loop: not read"),
        (str(guides / "gone.txt"), "broken symbolic link: not read"),
        (str(guides / "s.yaml"), "a socket, not a guide file: not read"),
    }


# -- case 7: ** over looping folder links --------------------------------------------------

def test_recursive_glob_over_looping_links_finishes(guides: Path, tmp_path: Path) -> None:
    (guides / "x").mkdir()
    (guides / "y").mkdir()
    shutil.copy(GUIDE, guides / "x" / "c.card.txt")
    (guides / "x" / "to-y").symlink_to(guides / "y")
    (guides / "y" / "to-x").symlink_to(guides / "x")
    (guides / "y" / "up").symlink_to(guides)
    (guides / "y" / "up2").symlink_to(guides)  # two links back: glob.glob's walk explodes
    env = {**os.environ, "PYTHONPATH": str(SRC), "CAREERGRAPH_CACHE_DIR": str(tmp_path / "c")}
    # The timeout only guards against a hang (before the fix this never finished).
    result = subprocess.run(
        [sys.executable, "-c", "from careergraph.cli import main; main()", "build",
         f"{guides}/**/*.txt", "--json"],
        capture_output=True, text=True, env=env, timeout=240, check=False)
    assert result.returncode == 0, result.stderr
    problems = {(p["file"], p["message"]) for p in _json(result.stdout)["problems"]}
    for link in ("up", "up2"):
        assert (str(guides / "y" / link),
                f"symbolic link loop (points back to {guides}): not followed") in problems
    assert any(file == str(guides / "y" / "to-x") for file, _ in problems)
    files = load_corpus([f"{guides}/**/*.txt"]).files
    assert files == [f"{guides}/a.card.txt", f"{guides}/b.card.txt",
                     f"{guides}/x/c.card.txt"]


@pytest.mark.parametrize("pattern", ["*.txt", "*/*.md", "**/*.txt", "s*", "**", "[ab]*/**",
                                     "a1/**", "*/deep/*", "**/deep/**", "a?/*"])
def test_globs_match_what_python_glob_matches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              pattern: str) -> None:
    for name in ("a.txt", "b.md", "a1/c.txt", "a1/d.md", "a1/deep/e.txt", "sub/f.txt",
                 "sub/g.yaml", "b2/h.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, "utf-8")
    monkeypatch.chdir(tmp_path)
    expected = set()
    for match in glob.glob(pattern, recursive=True):
        found = Path(match)
        if found.is_file():
            expected.add(match)
        else:  # a matched folder contributes its guide files
            expected |= {str(p) for p in found.rglob("*") if p.is_file() and
                         p.suffix in (".txt", ".md", ".yaml")}
    problems: list[Problem] = []
    assert {label for label, _ in expand_paths([pattern], problems)} == expected
    assert problems == []


# -- case 12: UTF-16 text, --out that cannot be written ------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_guides_are_read(tmp_path: Path, encoding: str) -> None:
    text = GUIDE.read_text("utf-8").replace("\n", "\r\n")
    (tmp_path / "16").mkdir()
    (tmp_path / "8").mkdir()
    (tmp_path / "16" / "g.card.txt").write_bytes(text.encode(encoding))  # utf-16: a BOM
    (tmp_path / "8" / "g.card.txt").write_bytes(text.encode("utf-8"))
    corpus = load_corpus([tmp_path / "16"])
    assert [p for p in corpus.problems if p.severity == "error"] == []
    assert [g.role.text for g in corpus.guides] == ["Lead MLOps Engineer"]
    assert corpus.guides == load_corpus([tmp_path / "8"]).guides


def test_view_out_a_folder_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(app, ["view", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path}: cannot write here: Is a directory" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("fmt", ["json", "graphml", "cypher", "csv"])
def test_export_to_an_unwritable_place_is_a_clear_error(cli: CliRunner, fmt: str) -> None:
    result = cli.invoke(app, ["export", "--format", fmt, "--out", "/proc/x.json"])
    assert result.exit_code == 2
    assert "/proc/x.json: cannot write here:" in result.output
    assert isinstance(result.exception, SystemExit)
