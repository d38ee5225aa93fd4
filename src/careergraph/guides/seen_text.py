"""A page's text as its reader sees it, before lines are read: markup rendered
(:mod:`careergraph.guides.markup`), a scan's OCR damage repaired
(:mod:`careergraph.guides.scanned`) and boxed cards' frames removed
(:mod:`careergraph.guides.boxes`).  Each repair is gated by one cheap check: a page that
needs none comes back as ``None`` and is read exactly as saved.

The rendered text has lines of its own; :meth:`SeenPage.finish` points every fact of the
guide read from it back at the page's own lines, and adds what an embedded JSON-LD
``Occupation`` block says (:func:`careergraph.guides.schema_org.embedded_occupation`).

>>> page = seen_page("<h1>Tiler</h1>\\n\\n<p>Tilers lay floors.</p>")
>>> page.text, page.origin
('Tiler\\n\\nTilers lay floors.', [1, 1, 3])
>>> seen_page("Tiler\\nTilers lay floors.") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from careergraph.guides.boxes import unbox
from careergraph.guides.jsonld_posting import blank_jsonld
from careergraph.guides.markup import render_markup
from careergraph.guides.scanned import repair_scan
from careergraph.model import Guide

__all__ = ["SeenPage", "remap_lines", "seen_page"]


@dataclass
class SeenPage:
    """The text to read, the source line of each of its lines, and JSON-LD blocks found in
    the markup (each with the source line its text starts on)."""

    text: str
    origin: list[int]
    jsonld: list[tuple[int, str]] = field(default_factory=list)

    def finish(self, guide: Guide) -> Guide:
        """``guide`` (read from :attr:`text`) pointing at the page's own lines, with what
        its JSON-LD ``Occupation`` adds."""
        guide = remap_lines(guide, self.origin)
        if self.jsonld:
            from careergraph.guides.jsonld_posting import embedded_posting
            from careergraph.guides.schema_org import embedded_occupation

            guide = embedded_occupation(guide, self.jsonld)
            postings = [(start, text) for start, text in self.jsonld if "JobPosting" in text]
            if postings:  # (rules41a) a job page's JobPosting block
                guide = embedded_posting(guide, postings)
        return guide


def seen_page(text: str) -> SeenPage | None:
    """The page a reader sees in ``text``, or ``None`` when ``text`` is that already."""
    page: SeenPage | None = None
    rendered = render_markup(text)
    if rendered is not None:
        page = SeenPage(rendered.text, rendered.origin, list(rendered.jsonld))
        text = rendered.text
    elif "ld+json" in text and (blanked := blank_jsonld(text)) is not None:
        # (rules41a) a text page with a JobPosting block and no other markup: the block is
        # data, not lines to read (its lines blanked, so every line keeps its number)
        text = blanked[0]
        page = SeenPage(text, list(range(1, text.count("\n") + 2)), blanked[1])
    repaired = repair_scan(text)
    if repaired is not None:
        origin = repaired.origin if page is None else [
            page.origin[no - 1] for no in repaired.origin]
        page = SeenPage(repaired.text, origin, page.jsonld if page else [])
        text = repaired.text
    unboxed = unbox(text)
    if unboxed is not None:  # (cards drawn as boxes: their lines keep their numbers)
        origin = page.origin if page is not None else list(range(1, text.count("\n") + 2))
        page = SeenPage(unboxed, origin, page.jsonld if page else [])
    return page


def remap_lines(guide: Guide, origin: list[int]) -> Guide:
    """``guide`` with every line number ``n`` (sources, problems, coverage) made
    ``origin[n - 1]``.

    >>> from careergraph.model import Fact, Layout, Source
    >>> g = Guide(file="a.txt", layout=Layout.LONGFORM,
    ...           role=Fact(text="Tiler", source=Source(file="a.txt", line=2)))
    >>> remap_lines(g, [4, 9]).role.source.line
    9
    """
    def line(no: int) -> int:
        return origin[min(max(no, 1), len(origin)) - 1]

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            out = {key: walk(item) for key, item in value.items()}
            if isinstance(out.get("line"), int):
                out["line"] = line(out["line"])
            if isinstance(out.get("used_lines"), list):
                out["used_lines"] = sorted({line(no) for no in out["used_lines"]})
            return out
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    return Guide.model_validate(walk(guide.model_dump()))
