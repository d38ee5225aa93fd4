"""Names as shown (issue 12, cases 9 and 12): a 100,000-character name is shortened in views
and on the terminal, and bidirectional control characters cannot reorder what is shown;
JSON keeps every name as the guide wrote it.  The view is opened in real Chromium."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import hover_tooltip, open_view
from careergraph.cli import app
from careergraph.display import BIDI_CONTROLS, LABEL_CHARS, TOOLTIP_CHARS
from careergraph.views.chromium import Chromium
from test_views import page_data

LONG_ROLE = "Engineer " + "x" * 100_000
LONG_SKILL = "Skill " + "y" * 100_000
SPOOFED = "Staff \u202ereenignE\u202c Lead"  # shows as "Staff Engineer Lead" unneutralised


@pytest.fixture()
def guides(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "long.card.txt").write_text(
        f"{LONG_ROLE}\nCareer Guide\nKey Responsibilities\n- Build things\n"
        f"Top Skills for Success\n{LONG_SKILL}\nKubernetes\nCan Lead To\n{SPOOFED}\n",
        encoding="utf-8")
    return folder


@pytest.fixture()
def view(cli: CliRunner, guides: Path, tmp_path: Path) -> Iterator[Path]:
    out = tmp_path / "view.html"
    result = cli.invoke(app, ["view", "--guides", str(guides), "--out", str(out)])
    assert result.exit_code == 0, result.output
    yield out


def test_view_shows_bounded_neutral_names(view: Path) -> None:
    html = view.read_text("utf-8")
    assert not set(html) & BIDI_CONTROLS
    nodes = {n["id"]: n for n in page_data(html)["nodes"]}
    labels = sorted(str(n["label"]) for n in nodes.values())
    assert all(len(label) <= LABEL_CHARS for label in labels)
    assert ("Engineer " + "x" * (LABEL_CHARS - 10) + "…") in labels
    assert "Staff \ufffdreenignE\ufffd Lead" in labels
    assert all(len(str(n["title"])) < 2 * TOOLTIP_CHARS for n in nodes.values())


def test_terminal_shows_bounded_neutral_names(cli: CliRunner, guides: Path) -> None:
    stats = cli.invoke(app, ["stats", "--guides", str(guides)])
    assert stats.exit_code == 0, stats.output
    assert "x" * 100 not in stats.output
    card = cli.invoke(app, ["role", SPOOFED, "--guides", str(guides)])
    assert card.exit_code == 0, card.output
    assert not set(card.output) & BIDI_CONTROLS
    assert "Staff \ufffdreenignE\ufffd Lead" in card.output
    long_card = cli.invoke(app, ["role", LONG_ROLE, "--guides", str(guides)])
    assert long_card.exit_code == 0
    assert len(long_card.output) < 5_000
    assert ("y" * 60 + "…") in long_card.output


def test_json_keeps_full_names(cli: CliRunner, guides: Path) -> None:
    result = cli.invoke(app, ["role", LONG_ROLE, "--guides", str(guides), "--json"])
    assert result.exit_code == 0
    card = json.loads(result.output)
    assert card["name"] == LONG_ROLE
    assert [s["name"] for s in card["skills"] if s["name"].startswith("Skill")] == [LONG_SKILL]
    spoofed = json.loads(cli.invoke(app, ["role", SPOOFED, "--guides", str(guides),
                                          "--json"]).output)
    assert spoofed["name"] == SPOOFED


@pytest.mark.browser
def test_long_names_do_not_freeze_the_page(chromium: Chromium, view: Path) -> None:
    tab = open_view(chromium, view, shot="long-names")  # fails if the page never settles
    try:
        ids = tab.evaluate("network.body.data.nodes.getIds()")
        role = next(i for i in ids if i.startswith("role:engineer-x"))
        tip = hover_tooltip(tab, role)
        first = tip["text"].splitlines()[0]
        assert first == LONG_ROLE[: TOOLTIP_CHARS - 1] + "…"
    finally:
        tab.close()
