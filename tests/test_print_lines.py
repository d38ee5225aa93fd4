"""Printing a build's report a hundred lines at a time gives what one print per line gave."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from careergraph.cli.render import PRINT_BATCH, print_lines, show


def _one_by_one(lines: list[str], *, width: int, terminal: bool) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, highlight=False, force_terminal=terminal)
    for line in lines:
        console.print(line)
    return out.getvalue()


def _batched(lines: list[str], *, width: int, terminal: bool) -> str:
    out = io.StringIO()
    print_lines(Console(file=out, width=width, highlight=False, force_terminal=terminal), lines)
    return out.getvalue()


# Report-like lines: guide text escaped by show(), wrapped in the tags the report uses.
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=90)
_line = st.builds(lambda tag, text, tail: f"  [{tag}]{show(text, 600)}[/]{tail}" if tag
                  else f"  {show(text, 600)}{tail}",
                  st.sampled_from(["", "red", "yellow", "dim", "bold"]), _text,
                  st.sampled_from(["", " — used, 100% of 12 content lines", "\\"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(_line, max_size=2 * PRINT_BATCH + 7), st.sampled_from([30, 80, 120]),
       st.booleans())
def test_batched_print_is_per_line_print(lines: list[str], width: int, terminal: bool) -> None:
    assert _batched(lines, width=width, terminal=terminal) == \
        _one_by_one(lines, width=width, terminal=terminal)


@pytest.mark.parametrize("terminal", [False, True])
def test_long_wrapped_lines_and_markup_look_alike(terminal: bool) -> None:
    lines = ["[bold]Built[/] 3 guides → 9 nodes",
             "  a-guide.card.txt: Platform Wrangler [lead] — partly used, " + "wide " * 40,
             "  [yellow]notes.md:4: warning: a [bracketed] cue and ünïcödé ✓[/]",
             "  [dim]x.txt:2: LEADS_TO Rope Mender not added: a self-loop[/]"] * 150
    assert _batched(lines, width=60, terminal=terminal) == \
        _one_by_one(lines, width=60, terminal=terminal)


def test_a_tag_left_open_ends_with_its_line() -> None:
    lines = ["  [yellow]a [marked] word left open", "  plain after it", "[dim]x[/]"]
    for terminal in (False, True):
        assert _batched(lines, width=50, terminal=terminal) == \
            _one_by_one(lines, width=50, terminal=terminal)
