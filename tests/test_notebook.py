"""The walkthrough notebook runs top to bottom (a failing cell fails the test) and says what
the guides say."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "career_paths.ipynb"


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append(str(output.get("data", {}).get("text/plain", "")))
        parts.append(str(output.get("data", {}).get("text/html", "")))
    return "".join(parts)


def test_notebook_runs_and_shows_routes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    output = "\n".join(_text(c) for c in notebook.cells if c.cell_type == "code")
    # 190: "Lead Machine Learning Engineer" is a role since the Lead guide quotes its salary.
    assert "CareerGraph(190 nodes" in output
    assert ("MLOps Engineer (mid) → Senior MLOps Engineer (senior) → "
            "Head of AI Infrastructure (director)") in output
    assert "2 moves: MLOps Engineer → Senior MLOps Engineer → Head of AI Infrastructure" in output
    assert "<iframe" in output  # the inline view rendered
