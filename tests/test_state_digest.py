"""A file's mention digest in the build state depends on the rows' values only: not on
which equal strings happen to be one object, which differs with the process that parsed the
file (a parse worker, this process, the parse cache).  A digest that moved with it made the
next build resolve unchanged files again."""

from __future__ import annotations

from pathlib import Path

from careergraph.build import GuideMentions
from careergraph.guides.jobs import ParseJob, ParseOutcome
from careergraph.guides.pool import parse_all
from careergraph.incremental import PartialResolver, _rows_of
from careergraph.storage.buildstate import BuildState, MentionRow, digest_rows, encode_rows


def _copy(text: str) -> str:
    """An equal string that is another object."""
    return "".join(list(text))


def _rows(shared: bool) -> list[MentionRow]:
    file, skill, kind = "team/plans.yaml", "Kettle Descaling", "Skill"
    pick = (lambda s: s) if shared else _copy
    return [(pick(kind), pick(file), line, pick(skill), False, None, None)
            for line in (4, 9, 15)]


def test_shared_and_separate_strings_give_one_digest() -> None:
    shared, separate = _rows(shared=True), _rows(shared=False)
    assert shared == separate
    # The pickle (how rows are stored) differs: the reason it is not what is digested.
    assert encode_rows(shared) != encode_rows(separate)
    assert digest_rows(shared) == digest_rows(separate)


def test_different_rows_give_different_digests() -> None:
    rows = _rows(shared=True)
    moved = [rows[0], rows[1], (*rows[2][:2], 16, *rows[2][3:])]
    titled = [rows[0], rows[1], (*rows[2][:4], True, *rows[2][5:])]
    leveled = [rows[0], rows[1], (*rows[2][:5], "senior", None)]
    digests = {digest_rows(r) for r in (rows, moved, titled, leveled, rows[:2])}
    assert len(digests) == 5


def test_a_lone_surrogate_is_digested_too() -> None:
    odd: MentionRow = ("Skill", "x.json", 2, "Tea\ud800", False, None, None)
    replaced: MentionRow = ("Skill", "x.json", 2, "Tea\ufffd", False, None, None)
    assert digest_rows([odd]) == digest_rows([odd])
    assert digest_rows([odd]) != digest_rows([replaced])


_BUNDLE = """guides:
{guides}
"""
_GUIDE = """- role: {role}
  level: mid
  summary: A {role} keeps the tea rooms of the building running every morning.
  skills:
    top:
    - Kettle Descaling
    - Leaf Grading
    - Cup Inventory
    tool:
    - Samovar
  leads_to:
  - Head {role}
  transitions_to:
  - Pastry Steward
"""


def _jobs(folder: Path) -> list[ParseJob]:
    """Multi-guide YAML files repeating the same names across guides and files."""
    jobs = []
    for n in range(6):
        roles = [f"Tea Room {kind} {n}" for kind in ("Steward", "Keeper", "Warden")]
        text = _BUNDLE.format(guides="".join(_GUIDE.format(role=r) for r in roles))
        path = folder / f"bundle-{n}.yaml"
        path.write_text(text, encoding="utf-8")
        jobs.append(ParseJob(path.name, path.read_bytes(), path.suffix))
    return jobs


def _digests(outcomes: list[ParseOutcome]) -> list[bytes]:
    return [digest_rows(_rows_of(GuideMentions(o.guides).named())) for o in outcomes]


def test_a_state_from_parse_workers_vouches_for_guides_parsed_here(tmp_path: Path) -> None:
    """Files parsed by spawned and by forked workers, and in this process: one digest per
    file; a state written from the workers' parse then re-resolves none of them."""
    jobs = _jobs(tmp_path)
    spawned = list(parse_all(jobs, workers=2, start_method="spawn"))
    here = list(parse_all(jobs, workers=1))
    assert _digests(spawned) == _digests(here)
    assert _digests(list(parse_all(jobs, workers=2, start_method="fork"))) == _digests(here)
    state = BuildState.open(tmp_path / "state.db")
    assert state is not None
    first = PartialResolver(state)
    first(GuideMentions([g for o in spawned for g in o.guides]))
    assert first.info.path == "full"
    again = PartialResolver(state)
    again(GuideMentions([g for o in here for g in o.guides]))
    assert (again.info.path, again.info.files_changed, again.info.mentions_resolved) == (
        "incremental", 0, 0)
    state.close()
