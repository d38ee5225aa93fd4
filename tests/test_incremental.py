"""Rebuilding after a change gives byte-for-byte the graph and report a cold build gives.

Each test keeps one cache folder across changes to a corpus (the way a user's cache lives
between commands) and, after every change, builds the same corpus cold in a fresh cache
folder (once a session for each state of a corpus, :meth:`Builds._cold`; the cold builds take
the parser's outcome for a file it has already parsed this session, :func:`_parsed_once`); the
two stores must have the same digest and the same canonical export (node-link JSON of the
graph and the build report, order included), and the in-memory graphs returned must export
the same bytes too, and the stores hold the same rows (name keys and blobs included) in the
same order.  Changes: editing a guide's text (a skill added, a move added,
a title changed so two roles merge or split, an alias that makes a name ambiguous), adding,
removing and renaming a guide file, and changing the lexicon — on the bundled corpus, on a
generated corpus of 120 guides, and as random edit sequences over a small generated corpus.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from benchmarks.generate import generate

from careergraph.cache import cache_key, cached_build
from careergraph.graph import CareerGraph
from careergraph.guides import corpus as corpus_module
from careergraph.guides.pool import ParseJob, ParseOutcome, parse_all
from careergraph.lexicon import Lexicon
from careergraph.model import NodeType
from careergraph.resources import guides_dir


def _export(graph: CareerGraph) -> str:
    return json.dumps(graph.to_json(), ensure_ascii=False)


def _rows(path: Path) -> list[list[tuple[object, ...]]]:
    """Every row of a store but its ``seq`` (where rows sit, not what they hold), in order."""
    with sqlite3.connect(path) as db:
        return [db.execute(query).fetchall() for query in (
            "SELECT id, type, name, aliases, attrs, degree, crc FROM nodes ORDER BY seq",
            "SELECT src, dst, key, attrs, crc FROM edges ORDER BY seq",
            "SELECT * FROM lookup ORDER BY kind, key, node",
            "SELECT * FROM blobs ORDER BY name", "SELECT * FROM meta ORDER BY key",
            "SELECT * FROM chunks ORDER BY kind, key")]


class Builds:
    """A corpus folder, a cache kept across changes, and cold builds to compare with."""

    def __init__(self, guides: Path, work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.guides = guides
        self.work = work
        self.monkeypatch = monkeypatch
        self.cache = work / "cache"
        self.lexicon_dirs: list[Path] = []
        self.colds = 0

    def _build(self, cache: Path) -> tuple[CareerGraph, CareerGraph]:
        """The graph ``cached_build`` returns, and the graph its stored file holds."""
        self.monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(cache))
        notes: list[str] = []
        built = cached_build([self.guides], lexicon_dirs=self.lexicon_dirs, note=notes.append)
        key = cache_key([self.guides], self.lexicon_dirs)
        assert (cache / f"graph-{key}.db").exists(), (notes, sorted(cache.iterdir()))
        return built, CareerGraph.load(cache / f"graph-{key}.db")

    def parsed(self) -> int:
        """How many parses the kept cache holds."""
        with sqlite3.connect(self.cache / "parsed.db") as db:
            count: int = db.execute("SELECT count(*) FROM parsed").fetchone()[0]
        return count

    def check(self, path: str | None = "incremental", graph: str = "patched") -> CareerGraph:
        """Rebuild with the kept cache and cold; assert they agree; return the rebuild.
        ``path``: how the rebuild must have resolved names (``incremental``: only the parts
        the change touched, the others taken from the build state; ``full``; None: nothing
        changed, the cached store is opened); ``graph``: how an incremental rebuild made
        the graph (``patched``: the previous store patched; ``built``: whole)."""
        with pytest.MonkeyPatch.context() as parsing:  # the parser's outcomes, noted
            parsing.setattr(corpus_module, "parse_all", _noted)
            built, stored = self._build(self.cache)
        # Every temporary file is gone (the copy of the previous store made ahead too).
        assert not list(self.cache.glob(".*.tmp"))
        if path is None:
            assert built.rebuild is None and built.store is not None
        else:
            assert built.rebuild is not None
            assert built.rebuild.path == path, built.rebuild
        if path == "incremental":  # the untouched parts came from the state
            assert built.rebuild is not None and built.rebuild.parts_reused > 0
            assert built.rebuild.files_changed > 0, built.rebuild
            # ... and the graph is the previous store patched, unless said otherwise
            assert built.rebuild.graph == graph, built.rebuild
        cold = self._cold()
        assert stored.digest == cold.digest
        assert _export(stored) == cold.export
        # The store itself (written as a row diff against the previous one): the same rows
        # in the same order, name keys and blobs as the cold store.
        assert stored.store is not None
        assert _rows(stored.store.path) == cold.rows
        assert _export(built) == cold.built_export == cold.export
        stored.rebuild = built.rebuild
        return stored

    def _inputs(self) -> str:
        """A digest of every input file's name (relative to its folder) and bytes."""
        digest = hashlib.sha256()
        for at, folder in enumerate((self.guides, *self.lexicon_dirs)):
            digest.update(f"folder {at}\n".encode())
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                digest.update(f"{path.relative_to(folder)}\n".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
        return digest.hexdigest()

    def _cold(self) -> Cold:
        """A cold build of the corpus as it now is, in a fresh cache folder; built once per
        session for each set of inputs (many tests start from, or make, the same corpus).
        The inputs' digest leaves out the corpus's absolute folder: were that part of the
        graph, a cold build from another test's folder would differ and the test fail."""
        inputs = self._inputs()
        if inputs not in _COLDS:
            self.colds += 1
            with pytest.MonkeyPatch.context() as parsing:
                parsing.setattr(corpus_module, "parse_all", _parsed_once)
                built, stored = self._build(self.work / f"cold-{self.colds}")
            assert built.rebuild is not None and built.rebuild.path == "full"
            assert stored.store is not None
            _COLDS[inputs] = Cold(stored.digest, _export(stored), _rows(stored.store.path),
                                  _export(built))
        return _COLDS[inputs]


class Cold(NamedTuple):
    """What the checks compare of a cold build."""

    digest: str
    export: str
    rows: list[list[tuple[object, ...]]]
    built_export: str


#: Cold builds by their inputs' digest (:meth:`Builds._cold`).
_COLDS: dict[str, Cold] = {}

#: What the parser gave each file a build read, pickled, by the lexicon's JSON and the file's
#: job (name, bytes, suffix): :func:`_noted`, :func:`_parsed_once`.
_PARSES: dict[tuple[str, ParseJob], bytes] = {}


def _noted(jobs: list[ParseJob], *, lexicon: Lexicon, workers: int | None = None
           ) -> Iterator[ParseOutcome]:
    """``parse_all`` for the kept cache's builds: the parser's outcomes as they are, each
    also noted (pickled before the build sees it) for :func:`_parsed_once`."""
    salt = lexicon.model_dump_json()
    for job, outcome in zip(jobs, parse_all(jobs, lexicon=lexicon, workers=workers),
                            strict=True):
        _PARSES.setdefault((salt, job), pickle.dumps(outcome))
        yield outcome


def _parsed_once(jobs: list[ParseJob], *, lexicon: Lexicon, workers: int | None = None
                 ) -> Iterator[ParseOutcome]:
    """``parse_all`` for the cold builds, parsing each file once a session: a cold build
    after an edit reads one or two changed files and the rest as they were, and parsing them
    all again (~90 % of a cold build's time) made the generated corpora's tests the suite's
    costliest.  A file parsed already (by a cold build or a kept cache's build, noted by
    :func:`_noted`) gets the parser's own outcome for the same name, bytes, suffix and
    lexicon (the whole of its input: ``parse_job`` reads nothing else), unpickled afresh for
    each build; the product's parse cache is not used, so the kept cache's reuse of parses is
    still compared with parses made apart from it, and the resolution and store stay cold."""
    salt = lexicon.model_dump_json()
    missing = [job for job in jobs if (salt, job) not in _PARSES]
    for job, outcome in zip(missing, parse_all(missing, lexicon=lexicon, workers=workers),
                            strict=True):
        _PARSES[salt, job] = pickle.dumps(outcome)
    return iter([pickle.loads(_PARSES[salt, job]) for job in jobs])


@pytest.fixture(scope="module")
def _bundled_start(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bundled corpus built once (checked against a cold build) in ``place/cache``, kept
    aside as ``start``: (place, start).  Each test works on a copy of ``start`` put back at
    ``place`` (the same folder: the cache key names the corpus's folder), so it starts from
    a kept cache as a user's first build leaves it, without building it again."""
    base = tmp_path_factory.mktemp("bundled")
    place, start = base / "place", base / "start"
    shutil.copytree(guides_dir(), place / "guides")
    with pytest.MonkeyPatch.context() as monkeypatch:
        Builds(place / "guides", place, monkeypatch).check("full")
    shutil.copytree(place / "guides", start / "guides")
    shutil.copytree(place / "cache", start / "cache")
    return place, start


@pytest.fixture()
def bundled(_bundled_start: tuple[Path, Path], tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Builds:
    place, start = _bundled_start
    shutil.rmtree(place)
    shutil.copytree(start, place)
    builds = Builds(place / "guides", tmp_path, monkeypatch)
    builds.cache = place / "cache"
    return builds


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CARD = "lead-mlops-engineer.card.txt"
TAXONOMY = Path(__file__).parent / "fixtures" / "taxonomy"
PLATFORM = "mlops-ml-platform-engineer.card.txt"


def test_skill_added_reparses_one_guide(bundled: Builds) -> None:
    before = bundled.parsed()
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    graph = bundled.check()
    assert bundled.parsed() == before + 1  # only the edited guide was parsed again
    assert graph.match("Quantum Annealing", NodeType.SKILL).name == "Quantum Annealing"


def test_move_added(bundled: Builds) -> None:
    _replace(bundled.guides / CARD, "Can Lead To\n", "Can Lead To\nChief Quantum Officer\n")
    graph = bundled.check()
    card = graph.role("Lead MLOps Engineer")
    assert "Chief Quantum Officer" in {move.name for move in card.leads_to}


def test_title_change_merges_two_roles(bundled: Builds) -> None:
    manager = "machine-learning-operations-manager.card.txt"
    assert bundled.check(None).role("Machine Learning Operations Manager").guides == [manager]
    _replace(bundled.guides / PLATFORM, "MLOps / ML Platform Engineer",
             "Machine Learning Operations Manager")
    merged = bundled.check()
    assert merged.role("Machine Learning Operations Manager").guides == [manager, PLATFORM]


def test_title_change_splits_a_merged_role(bundled: Builds) -> None:
    assert len(bundled.check(None).role("Lead MLOps Engineer").guides) == 2
    _replace(bundled.guides / CARD, "Lead MLOps Engineer\n", "Lead Model Reliability Engineer\n")
    graph = bundled.check()
    assert graph.role("Lead Model Reliability Engineer").guides == [CARD]
    assert graph.role("Lead MLOps Engineer").guides == ["lead-mlops-engineer.longform.txt"]


def _structured(path: Path, role: str, alias: str) -> None:
    path.write_text(f"role: {role}\naliases:\n- {alias}\nskills:\n  top:\n  - Python\n"
                    "leads_to:\n- Director of Platforms\n", encoding="utf-8")


def test_alias_that_makes_a_name_ambiguous(bundled: Builds) -> None:
    _structured(bundled.guides / "data-platform-engineer.yaml", "Data Platform Engineer",
                "Platform Lead")
    first = bundled.check()
    assert not first.report.ambiguous
    _structured(bundled.guides / "infra-platform-engineer.yaml", "Infrastructure Platform "
                "Engineer", "Data Platform Lead")
    bundled.check()
    # Now edit the second guide's alias so both claim one name.
    _replace(bundled.guides / "infra-platform-engineer.yaml", "Data Platform Lead",
             "Platform Lead")
    graph = bundled.check(graph="built")  # an ambiguous name changed: built whole
    assert [a.name for a in graph.report.ambiguous] == ["Platform Lead"]


def test_add_remove_and_rename_a_guide(bundled: Builds) -> None:
    model = (bundled.guides / CARD).read_text(encoding="utf-8")
    added = bundled.guides / "quantum-annealing-engineer.card.txt"
    added.write_text(model.replace("Lead MLOps Engineer", "Quantum Annealing Engineer", 1),
                     encoding="utf-8")
    assert bundled.check().role("Quantum Annealing Engineer").guides == [added.name]
    (bundled.guides / "senior-mlops-engineer.longform.txt").unlink()
    # The only guide that spells out an acronym: every guide's keys change, so all resolve.
    graph = bundled.check("full")
    assert graph.rebuild is not None and "acronym" in graph.rebuild.reason
    assert "senior-mlops-engineer.longform.txt" not in {g.file for g in graph.report.guides}
    added.rename(bundled.guides / "qa-engineer.card.txt")
    assert bundled.check().role("Quantum Annealing Engineer").guides == ["qa-engineer.card.txt"]


def test_lexicon_change_rebuilds_everything(bundled: Builds, tmp_path: Path) -> None:
    before = bundled.parsed()
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "roles.yaml").write_text(
        "roles:\n  Lead MLOps Engineer: {aliases: [Machine Learning Platform Lead]}\n",
        encoding="utf-8")
    bundled.lexicon_dirs = [lexicon]
    graph = bundled.check("full")
    assert bundled.parsed() == before + 5  # every guide parsed again with the new lexicon
    lead = graph.match("Machine Learning Platform Lead")
    assert lead.id == graph.match("Lead MLOps Engineer").id


# -- a generated corpus ----------------------------------------------------------------------

Change = Callable[[Path, random.Random], None]


def _guide_files(guides: Path) -> list[Path]:
    return sorted(p for p in guides.iterdir() if p.is_file())


def _edit_line(guides: Path, rng: random.Random) -> None:
    """Drop, duplicate or change one line of a text guide (lines below it move)."""
    path = rng.choice([p for p in _guide_files(guides) if p.suffix == ".txt"])
    lines = path.read_text(encoding="utf-8").split("\n")
    at = rng.randrange(1, len(lines))
    action = rng.choice(["drop", "dup", "word"])
    if action == "drop":
        del lines[at]
    elif action == "dup":
        lines.insert(at, lines[at])
    else:
        lines[at] = lines[at] + " Quantum"
    path.write_text("\n".join(lines), encoding="utf-8")


def _swap_title(guides: Path, rng: random.Random) -> None:
    """Give a text guide another guide's title (two roles merge) or a new one (a split)."""
    texts = [p for p in _guide_files(guides) if p.suffix == ".txt"]
    path, other = rng.sample(texts, 2)
    lines = path.read_text(encoding="utf-8").split("\n")
    title = other.read_text(encoding="utf-8").split("\n")[0] if rng.random() < 0.5 \
        else f"Quantum {lines[0]}"
    path.write_text("\n".join([title, *lines[1:]]), encoding="utf-8")


def _add(guides: Path, rng: random.Random) -> None:
    model = rng.choice([p for p in _guide_files(guides) if p.name.endswith(".card.txt")])
    lines = model.read_text(encoding="utf-8").split("\n")
    name = f"Quantum Role {rng.randrange(10**6)}"
    (guides / f"{name.lower().replace(' ', '-')}.card.txt").write_text(
        "\n".join([name, *lines[1:]]), encoding="utf-8")


def _remove(guides: Path, rng: random.Random) -> None:
    rng.choice(_guide_files(guides)).unlink()


def _rename(guides: Path, rng: random.Random) -> None:
    path = rng.choice(_guide_files(guides))
    path.rename(path.with_name("renamed-" + path.name))


CHANGES: list[Change] = [_edit_line, _swap_title, _add, _remove, _rename]


def _generated(size: int, seed: int, work: Path, monkeypatch: pytest.MonkeyPatch) -> Builds:
    generate(size, work / "corpus", seed=seed)
    builds = Builds(work / "corpus" / "guides", work, monkeypatch)
    builds.check("full")
    return builds


def test_generated_corpus_each_kind_of_change(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _generated(120, 20240607, tmp_path, monkeypatch)
    rng = random.Random(1)
    for change in CHANGES:
        change(builds.guides, rng)
        builds.check()


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_random_edit_sequences(seed: int, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _generated(30, 17 + seed, tmp_path, monkeypatch)
    rng = random.Random(seed)
    for _ in range(3):
        rng.choice(CHANGES)(builds.guides, rng)
        builds.check()


def test_built_graph_rows_are_in_key_order(tmp_path: Path) -> None:
    """Nodes come in id order and edges in (source, target, type) order: a store can keep
    rows by key and apply a row-level diff without renumbering (docs/incremental.md)."""
    generate(50, tmp_path, seed=17)
    for graph in (CareerGraph.from_guides(), CareerGraph.from_guides(tmp_path / "guides")):
        nodes = list(graph.nx.nodes)
        edges = list(graph.nx.edges(keys=True))
        assert nodes == sorted(nodes)
        assert edges == sorted(edges)


def test_build_json_says_how_names_were_resolved(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`build --json` reports the path each build took: full at first, incremental after an
    edit (with the one file changed), none when the cached graph is fresh."""
    from typer.testing import CliRunner

    from careergraph.cli import app

    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()

    def build(*options: str) -> dict[str, object] | None:
        done = runner.invoke(app, ["build", str(guides), "--json", *options])
        assert done.exit_code == 0, done.output
        rebuild: dict[str, object] | None = json.loads(done.stdout)["rebuild"]
        return rebuild

    first = build()
    assert first is not None and first["path"] == "full"
    assert first["reason"] == "no build state yet"
    _replace(guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    again = build()
    assert again is not None and again["path"] == "incremental" and again["files_changed"] == 1
    assert build() is None  # nothing changed: the cached store is opened
    renewed = build("--no-cache")
    assert renewed is not None and renewed["path"] == "full"
    assert "--no-cache" in str(renewed["reason"])


def test_build_json_is_the_same_from_memory_and_from_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`build --json` prints the report read as JSON data from a store (a cache hit, a
    patched rebuild) exactly as it prints a freshly built graph's report objects."""
    from typer.testing import CliRunner

    from careergraph.cli import app

    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    (guides / "empty.card.txt").write_text("", encoding="utf-8")  # a rejected guide too
    runner = CliRunner()

    def build(cache: str) -> dict[str, object]:
        monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / cache))
        done = runner.invoke(app, ["build", str(guides), "--json", "--keep-going"])
        assert done.exit_code == 0, done.output
        printed: dict[str, object] = json.loads(done.stdout)
        return {k: v for k, v in printed.items() if k != "rebuild"}

    built = build("kept")
    assert built["rejected"] and built["problems"]
    assert build("kept") == built  # opened from the store
    _replace(guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    assert build("kept") == build("cold")  # patched, then built cold


def test_a_damaged_build_state_costs_a_full_resolution(bundled: Builds) -> None:
    """A state file that is not a database is replaced: that build resolves everything (the
    graph still equal to a cold build's), the next edit is incremental again."""
    states = sorted(bundled.cache.glob("state-*.db"))
    assert len(states) == 1
    states[0].write_bytes(b"not a database" * 100)
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    graph = bundled.check("full")
    assert graph.rebuild is not None and graph.rebuild.reason == "no build state yet"
    _replace(bundled.guides / CARD, "Quantum Annealing\n", "Quantum Computing\n")
    bundled.check("incremental")


def test_alias_edits_change_name_keys_and_drop_a_node(bundled: Builds) -> None:
    """The patch rewrites the lookup rows of a role whose alias changed (its name keys),
    and deletes a node (and its edges) whose last mention went."""
    path = bundled.guides / "data-platform-engineer.yaml"
    _structured(path, "Data Platform Engineer", "Platform Lead")
    bundled.check()
    _replace(path, "Platform Lead", "Platform Head")
    graph = bundled.check()
    assert graph.match("Platform Head").name == "Data Platform Engineer"
    _replace(path, "  - Python\n", "  - Python\n  - Quantum Annealing\n")
    assert bundled.check().match("Quantum Annealing", NodeType.SKILL).name == "Quantum Annealing"
    _replace(path, "  - Quantum Annealing\n", "")
    _replace(path, "Platform Head", "Platform Boss")  # not the corpus of a store kept
    graph = bundled.check()
    assert not any(n.startswith("skill:quantum") for n, _ in graph.nodes(NodeType.SKILL))


def _role_key_holders(graph: CareerGraph, key: str) -> list[str]:
    assert graph.store is not None
    with sqlite3.connect(graph.store.path) as db:
        return [node for (node,) in db.execute(
            "SELECT node FROM lookup WHERE kind = 'Role' AND key = ?", (key,))]


def test_a_slash_titles_alternative_taken_and_released(bundled: Builds) -> None:
    """"MLOps / ML Platform Engineer" also answers to the key of "ML Platform Engineer"
    while no role has that title as its own: a new guide with that title takes the key
    over, and retitling that guide gives it back (the patch reads only the roles involved,
    and decides as a cold build does)."""
    key = "mlplatformengineer"
    assert _role_key_holders(bundled.check(None), key) == ["role:mlops-engineer"]
    added = bundled.guides / "ml-platform-engineer.card.txt"
    added.write_text((bundled.guides / PLATFORM).read_text(encoding="utf-8").replace(
        "MLOps / ML Platform Engineer", "ML Platform Engineer", 1), encoding="utf-8")
    assert _role_key_holders(bundled.check(), key) == ["role:ml-platform-engineer"]
    _replace(added, "ML Platform Engineer", "Model Platform Reliability Engineer")
    assert _role_key_holders(bundled.check(), key) == ["role:mlops-engineer"]


def test_related_skills_take_a_new_first_mention(bundled: Builds) -> None:
    """A guide that mentions "DevOps" before any other (its file sorts first) and names no
    new skill: the skills' names are unchanged, so their relations are the previous
    store's, but the RELATED_TO edges' sources move to the new first mention."""
    card = (bundled.guides / CARD).read_text(encoding="utf-8")
    first = bundled.guides / "aaa-devops-platform-engineer.card.txt"
    first.write_text(card.replace("Lead MLOps Engineer", "DevOps Platform Engineer", 1).replace(
        "Top Skills for Success\n", "Top Skills for Success\nDevOps\n", 1), encoding="utf-8")
    graph = bundled.check()
    devops = graph.match("DevOps", NodeType.SKILL)
    assert devops is not None
    related = [attrs for _, dst, key, attrs in graph.nx.in_edges(devops.id, keys=True, data=True)
               if key == "RELATED_TO"]
    assert related and all(first.name in [s["file"] for s in attrs["sources"]]
                           for attrs in related)


def test_patch_needs_the_record_of_its_previous_store(bundled: Builds) -> None:
    """Without the build state's record of the store it would patch (here deleted), a
    rebuild builds the graph whole, says why, and records it: the next edit patches."""
    [state] = bundled.cache.glob("state-*.db")
    with sqlite3.connect(state) as db:
        db.execute("DELETE FROM extras WHERE name = 'graph'")
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    graph = bundled.check(graph="built")
    assert graph.rebuild is not None
    assert graph.rebuild.graph_reason == "no record of the previous build"
    _replace(bundled.guides / CARD, "Quantum Annealing\n", "Quantum Computing\n")
    bundled.check()


def test_edits_beside_taxonomies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus with ESCO and O*NET tables (their guides cite the tables they come from):
    an edit of a guide file beside them is patched, an edit of a table rebuilds what it
    must; both equal a cold build."""
    folder = tmp_path / "corpus"
    for name in ("esco", "onet"):
        shutil.copytree(TAXONOMY / name, folder / name)
    shutil.copy(guides_dir() / CARD, folder / CARD)
    builds = Builds(folder, tmp_path, monkeypatch)
    builds.check("full")
    _replace(folder / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    builds.check()
    table = folder / "onet" / "Alternate Titles.txt"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(lines[:-1]), encoding="utf-8")  # one alternate title fewer
    graph = builds.check(graph="built")  # here an alternate title's ambiguity goes
    assert graph.rebuild is not None and graph.rebuild.graph_reason


def test_mentions_as_objects_or_as_fields_resolve_alike(tmp_path: Path) -> None:
    """The build hands the resolver its mentions as an object it can read as bare fields
    (no Mention objects for what is not resolved again); a plain list of mentions takes the
    same path and gives the same resolution, cold and after an edit."""
    from careergraph.build import GuideMentions
    from careergraph.guides import load_corpus
    from careergraph.incremental import PartialResolver
    from careergraph.storage.buildstate import BuildState

    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    results = []
    for name, wrap in (("fields", GuideMentions), ("objects", lambda g: list(GuideMentions(g)))):
        state = BuildState.open(tmp_path / f"state-{name}.db")
        assert state is not None
        corpus = sorted(load_corpus([guides]).guides, key=lambda g: (g.file,
                                                                    g.role.source.line))
        first = PartialResolver(state)
        cold = first(wrap(corpus))
        edited = [g.model_copy(update={"skills": g.skills[1:]}) if g.file == CARD else g
                  for g in corpus]
        again = PartialResolver(state)
        warm = again(wrap(edited))
        state.close()
        assert (first.info.path, again.info.path) == ("full", "incremental")
        assert again.info.files_changed == 1
        results.append((cold.model_dump_json(), warm.model_dump_json(), again.info))
    assert results[0] == results[1]


def _store(builds: Builds) -> Path:
    """The cached store the last build of ``builds`` wrote."""
    return max(builds.cache.glob("graph-*.db"), key=lambda path: path.stat().st_mtime_ns)


def test_a_store_of_the_previous_format_is_written_whole(bundled: Builds) -> None:
    """A cached store of format 2 (one digest over every row, no ``chunks``) is refused when
    opened and never patched: the rebuild writes the store whole, as a cold build does."""
    from careergraph.errors import DamagedStoreError
    from careergraph.storage import GraphStore

    old = _store(bundled)
    with sqlite3.connect(old) as db:
        db.execute("UPDATE meta SET value = '2' WHERE key = 'version'")
        db.execute("DROP TABLE chunks")
    with pytest.raises(DamagedStoreError, match="version '2' is not 3"):
        GraphStore(old)
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    graph = bundled.check(graph="built")
    assert graph.rebuild is not None
    assert graph.rebuild.graph_reason == "the previous store cannot be patched"


def test_a_damaged_digest_chunk_is_not_trusted(bundled: Builds) -> None:
    """Every chunk hash carries a CRC: a patch that meets a damaged one writes the store
    whole (a wrong hash would give a wrong digest); the next edit patches again."""
    with sqlite3.connect(_store(bundled)) as db:  # the hashes a patch keeps, all damaged
        db.execute("UPDATE chunks SET sha = zeroblob(32)")
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    bundled.check(graph="built")
    _replace(bundled.guides / CARD, "Quantum Annealing\n", "Quantum Computing\n")
    bundled.check()


def test_a_damaged_row_of_a_patched_store_is_detected(bundled: Builds) -> None:
    """A patch reads no row it does not change, yet every row still carries its CRC: a
    changed byte in a kept edge of the patched store is reported when read, not used."""
    from careergraph.errors import DamagedStoreError

    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    bundled.check()
    patched = _store(bundled)
    with sqlite3.connect(patched) as db:
        db.execute("UPDATE edges SET attrs = CAST(replace(CAST(attrs AS TEXT), 'sources', "
                   "'sourcez') AS BLOB) WHERE seq = (SELECT min(seq) FROM edges)")
    with pytest.raises(DamagedStoreError):
        _ = CareerGraph.load(patched).nx


def test_a_second_rebuild_the_same_day_does_not_touch_every_parse(bundled: Builds) -> None:
    """The unchanged guides' parse-cache entries are marked used once a day (the build
    state records the day), and stay marked."""
    from careergraph.storage.buildstate import BuildState
    from careergraph.storage.parsecache import today

    for skill in ("Quantum Annealing", "Quantum Computing"):
        _replace(bundled.guides / CARD, "Top Skills for Success\n",
                 f"Top Skills for Success\n{skill}\n")
        bundled.check()
    [path] = bundled.cache.glob("state-*.db")
    state = BuildState.open(path)
    assert state is not None
    try:
        assert state.extra("parses touched") == today()
    finally:
        state.close()
    with sqlite3.connect(bundled.cache / "parsed.db") as db:
        assert {used for (used,) in db.execute("SELECT used FROM parsed")} == {today()}


def test_a_patch_writes_into_the_copy_made_ahead(bundled: Builds,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy of the previous store a patch is written into is made while the rebuild
    computes (``storage.copyahead``): the writer does not copy it again."""
    from careergraph.storage import writer

    def copy_on_the_path(*_: object) -> None:
        raise AssertionError("the writer copied the previous store after the patch")

    monkeypatch.setattr(writer, "shutil", SimpleNamespace(copyfile=copy_on_the_path))
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    bundled.check()


def test_a_failed_copy_ahead_leaves_the_copy_to_the_writer(bundled: Builds,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """A copy ahead that fails (the previous store pruned meanwhile, a full disk) costs
    nothing but the time: the writer copies the previous store itself and patches it."""
    from careergraph.storage.copyahead import CopyAhead

    def fail(self: CopyAhead) -> None:
        self._failed = True

    monkeypatch.setattr(CopyAhead, "_copy", fail)
    _replace(bundled.guides / CARD, "Top Skills for Success\n",
             "Top Skills for Success\nQuantum Annealing\n")
    bundled.check()
