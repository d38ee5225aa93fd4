"""Shortcuts of a patched rebuild give what the long way gives.

- The acronym pairs of a patched store (``careergraph.patch._pairs``) are the previous
  store's section when every changed node defines the pairs it defined before, and are
  computed over every node's aliases otherwise (or when the stored section is damaged).
- A stub guide (``careergraph.stubs.StubGuide.of``) is the model ``model_copy`` of the
  template makes, field by field, and its problems, kept as plain tuples, are the parsed
  guide's, fields set included.
- A patched rebuild hands the report it wrote to the graph as JSON data: the same data the
  stored bytes decode to, not decoded again.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from pathlib import Path

import orjson
import pytest

from careergraph.cache import cached_build
from careergraph.lexicon import load_lexicon
from careergraph.model import Fact, Problem, Severity, Source
from careergraph.patch import _Base, _columns, _pairs
from careergraph.storage.content import acronym_pairs
from careergraph.storage.writer import NodeRow
from careergraph.stubs import StubGuide, _template, records


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAREERGRAPH_CACHE_DIR", str(cache))
        cached_build(None)
    (path,) = cache.glob("graph-*.db")
    return path


def _long_way(base: _Base, nodes: dict[str, NodeRow | None]) -> list[tuple[str, str]]:
    """The pairs over every node's aliases (the previous store's, ``nodes`` applied)."""
    return acronym_pairs((attrs["aliases"] for _, attrs in _columns(base, nodes)),
                         load_lexicon())


def _changed(base: _Base, node_id: str, aliases: list[str]) -> dict[str, NodeRow | None]:
    old = base.node(node_id)
    assert old is not None
    return {node_id: (node_id, old[0], old[1], orjson.dumps(aliases).decode(), old[3],
                      old[4])}


def test_pairs_of_unchanged_teachers_are_the_stored_ones(store: Path) -> None:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        base = _Base(db)
        stored = [tuple(p) for p in orjson.loads(base.blob("acronyms"))]
        (skill,) = db.execute("SELECT id FROM nodes WHERE type = 'Skill' AND "
                              "instr(aliases, '(') = 0 LIMIT 1").fetchone()
        for nodes in ({}, _changed(base, skill, ["Renamed Skill"]), {skill: None}):
            assert _pairs(base, nodes, load_lexicon()) == stored == _long_way(base, nodes)


def test_a_node_that_teaches_a_new_pair_is_computed(store: Path) -> None:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        base = _Base(db)
        stored = [tuple(p) for p in orjson.loads(base.blob("acronyms"))]
        (skill,) = db.execute("SELECT id FROM nodes WHERE type = 'Skill' LIMIT 1").fetchone()
        nodes = _changed(base, skill, ["Quantum Annealing Operations (QAOps)"])
        found = _pairs(base, nodes, load_lexicon())
        assert ("QAOps", "Quantum Annealing Operations") in found
        assert found != stored and found == _long_way(base, nodes)


def test_a_damaged_acronyms_section_is_not_taken(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "g.db"
    copy.write_bytes(store.read_bytes())
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE blobs SET data = ? WHERE name = 'acronyms'",
                   (orjson.dumps([["XX", "Made Up"]]),))  # its CRC no longer matches
    with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as db:
        base = _Base(db)
        assert _pairs(base, {}, load_lexicon()) == _long_way(base, {})
        assert ("XX", "Made Up") not in _pairs(base, {}, load_lexicon())


def test_stub_is_the_templates_copy() -> None:
    record = ("g.txt", "Data Engineer", 3, [("g.txt", 2, "odd", None)])
    stub = StubGuide.of(record, "key")
    copied = _template().model_copy(update={
        "file": "g.txt", "role": Fact(text="Data Engineer", source=Source(file="g.txt", line=3)),
        "problems": [Problem(file="g.txt", line=2, message="odd")]})
    copied._parse_key = "key"
    for part in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__",
                 "__pydantic_private__"):
        assert getattr(stub, part) == getattr(copied, part), part
    assert stub == copied and stub.parse_key == "key"
    assert stub.model_dump_json() == copied.model_dump_json()
    # The title is made without validation too: the same state as a validated one's.
    for made, valid in ((stub.role, copied.role), (stub.role.source, copied.role.source)):
        assert made.__dict__ == valid.__dict__
        assert made.model_fields_set == valid.model_fields_set
        assert made.__pydantic_private__ is None and made.__pydantic_extra__ is None
    # Stubs share nothing they own: setting one's fields leaves the template alone.
    assert _template().file == "" and _template().__pydantic_fields_set__ != \
        stub.__pydantic_fields_set__


class _OnePart(dict[tuple[str, str], int]):
    """Every mention in one component."""

    def get(self, key: object, default: object = None) -> int:  # type: ignore[override]
        return 0


def test_merged_entities_are_the_whole_runs() -> None:
    """Entities merged from pieces are made without validation: each is the whole run's,
    field for field (the fields set too)."""
    from careergraph.build import GuideMentions
    from careergraph.guides import load_corpus
    from careergraph.parts import merge, split
    from careergraph.resolve import resolve_mentions

    whole = resolve_mentions(list(GuideMentions(load_corpus().guides)))
    merged = merge(split(whole, _OnePart()).values())
    assert list(merged.entities) == list(whole.entities)
    for node_id, entity in whole.entities.items():
        again = merged.entities[node_id]
        assert again.__dict__ == entity.__dict__, node_id
        assert again.model_fields_set == entity.model_fields_set
        assert again.__pydantic_private__ is None and again.__pydantic_extra__ is None
    assert merged._order == whole._order and merged.index == whole.index
    assert merged.merges == whole.merges


def test_a_state_row_gives_the_validated_mention() -> None:
    """The mentions resolved again are made from the state's rows without validating
    their sources: each equals the validated mention, its source's state included."""
    from careergraph.incremental import _mention
    from careergraph.model import NodeType, Seniority
    from careergraph.resolve import Mention

    for row, valid in (
            (("Skill", "notes.txt", 4, "Kiln firing", False, None, None),
             Mention(type=NodeType.SKILL, text="Kiln firing",
                     source=Source(file="notes.txt", line=4))),
            (("Role", "potter.card.txt", 1, "Senior Potter", True, "senior", "Ceramicist"),
             Mention(type=NodeType.ROLE, text="Senior Potter",
                     source=Source(file="potter.card.txt", line=1), is_title=True,
                     level=Seniority.SENIOR, same_as="Ceramicist"))):
        made = _mention(row)
        assert made == valid and hash(made) == hash(valid)
        assert made.source.__dict__ == valid.source.__dict__
        assert made.source.model_fields_set == valid.source.model_fields_set


_MODULES_AFTER_BUILD = """
import sys
from careergraph.cache import cached_build
graph = cached_build([sys.argv[1]])
assert graph.rebuild is not None and graph.rebuild.graph == "patched", graph.rebuild
print(" ".join(sorted(m for m in sys.modules if m.startswith("careergraph.guides."))))
"""


def test_a_removal_rebuild_imports_no_reader(tmp_path: Path) -> None:
    """A rebuild that parses nothing (a guide removed) imports no layout's reader: the card
    reader (with the item, move and salary readers under it) is imported on first use."""
    import os
    import shutil
    import subprocess
    import sys

    from careergraph.resources import guides_dir

    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    import careergraph

    src = str(Path(careergraph.__file__).resolve().parents[1])
    env = {**os.environ, "CAREERGRAPH_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}

    def modules() -> set[str]:
        done = subprocess.run([sys.executable, "-c", _MODULES_AFTER_BUILD, str(guides)],
                              env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        return set(done.stdout.split())

    # The first build only fills the cache: in this process (the same code, so the same
    # cache key); the rebuilds whose imports are counted run in fresh interpreters.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAREERGRAPH_CACHE_DIR", env["CAREERGRAPH_CACHE_DIR"])
        cached_build([str(guides)])
    cards = sorted(guides.rglob("*.card.txt"))
    cards[0].unlink()
    after_removal = modules()
    assert "careergraph.guides.corpus" in after_removal
    assert not after_removal & {"careergraph.guides.card", "careergraph.guides.items",
                                "careergraph.guides.longform"}, after_removal
    # An edit parses its guide: the card reader is imported then.
    text = cards[1].read_text(encoding="utf-8")
    cards[1].write_text(text.replace("Top Skills for Success\n",
                                     "Top Skills for Success\nQuantum Annealing\n", 1),
                        encoding="utf-8")
    assert "careergraph.guides.card" in modules()


def test_stub_problems_are_the_guides_own() -> None:
    problems = [Problem(file="g.txt", line=4, message="a heading with nothing under it"),
                Problem(file="g.txt", line=9, message="no title", severity=Severity.ERROR),
                Problem(file="g.txt", line=1, message="named twice",
                        severity=Severity.WARNING)]
    guide = StubGuide.of(("g.txt", "Data Engineer", 3, []), "key").model_copy(
        update={"problems": problems})
    kept = pickle.loads(records([guide]))
    assert all(type(p) is tuple for p in kept[0][3])  # no model pickled
    (stub,) = [StubGuide.of(r, "key") for r in kept]
    for made, real in zip(stub.problems, problems, strict=True):
        assert made == real and made.model_fields_set == real.model_fields_set
        assert made.model_dump_json() == real.model_dump_json()
        assert type(made.severity) is Severity


def test_a_patched_rebuild_hands_its_report_over(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from careergraph.resources import guides_dir

    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    cached_build([guides])
    card = guides / "lead-mlops-engineer.card.txt"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace("Top Skills for Success\n",
                                 "Top Skills for Success\nTide Table Reading\n", 1),
                    encoding="utf-8")
    graph = cached_build([guides])
    assert graph.rebuild is not None and graph.rebuild.graph == "patched"
    store = graph.store
    assert store is not None
    handed = graph._report_data  # set by the patch, before anything asked for it
    assert handed is not None and graph.report_data() is handed
    assert orjson.dumps(handed) == store.report_json()
    assert handed == orjson.loads(store.report_json())
    assert handed == graph.report.model_dump(mode="json")


def test_related_edges_are_read_through_the_source_index(store: Path) -> None:
    """``_Base.related`` reads the skills' range of the ``(src, key)`` index: the same
    edges as a scan of every edge row (RELATED_TO joins skills only)."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        scanned = {(src, dst, key): data for src, dst, key, data in db.execute(
            "SELECT src, dst, key, attrs FROM edges WHERE key = 'RELATED_TO'")}
        assert scanned and all(src.startswith("skill:") for src, _, _ in scanned)
        assert _Base(db).related() == scanned


def test_a_skill_range_edge_of_another_type_is_not_taken(tmp_path: Path, store: Path) -> None:
    """The range is filtered by key too: a skill's edge of another type is left out."""
    copy = tmp_path / "g.db"
    shutil.copyfile(store, copy)
    with sqlite3.connect(copy) as db:
        (skill,) = db.execute("SELECT id FROM nodes WHERE type = 'Skill' LIMIT 1").fetchone()
        db.execute("INSERT INTO edges (src, dst, key, attrs, crc) VALUES (?, ?, ?, ?, 0)",
                   (skill, skill, "REQUIRES", b"{}"))
    with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as db:
        assert all(key == "RELATED_TO" for _, _, key in _Base(db).related())
