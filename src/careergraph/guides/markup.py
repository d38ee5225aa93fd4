"""A page saved as HTML source, or scraped with its markup half left in, as the text a
browser shows.

Tags, attributes, comments, scripts and the document's ``<head>`` are not text; entities
are their characters (``&amp;`` is "&", ``&pound;`` "£", ``&rarr;`` "→"); tags escaped as
text (``&lt;h1&gt;``) and double-escaped entities (``&amp;amp;``) are markup one level down
and are read again.  Block elements (paragraphs, headings, list items, table rows, ``<br>``)
start lines: a list item becomes a "• " line, a table row a "| cell | cell |" row.  The
site's own parts are left out: navigation, footers, buttons, hidden elements, and elements
whose class or id names chrome (``markup`` in ``data/headings.yaml``: a cookie banner, a
breadcrumb, share links, related pages).  A JSON-LD block (``<script
type="application/ld+json">``) is kept aside for :mod:`careergraph.guides.schema_org`.

Each rendered line keeps the number of the source line it came from, so facts point at the
page as saved.  Pages without markup cost one scan and are returned as ``None``.

>>> page = render_markup('<h1>Tiler</h1>\\n<ul class="menu"><li>Home</li></ul>\\n'
...                      '<p>Tilers lay floors &amp; walls.</p><ul><li>Grouting</li></ul>')
>>> page.text.splitlines(), page.origin
(['Tiler', '', 'Tilers lay floors & walls.', '', '• Grouting'], [1, 1, 3, 3, 3])
>>> render_markup("Plain text, R&D and <5 years") is None
True
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from typing import NamedTuple

from careergraph.guides.heading_data import word_lists

__all__ = ["Rendered", "has_markup", "render_markup"]


class Rendered(NamedTuple):
    """A page's text as a reader sees it; ``origin[i]`` is the source line of line ``i+1``;
    ``jsonld`` the JSON-LD blocks, each with the source line its text starts on."""

    text: str
    origin: list[int]
    jsonld: tuple[tuple[int, str], ...] = ()


# A tag or an entity: markup when a page holds two of them (a tag's name must be HTML's).
_TAG_OR_ENTITY = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]{0,9})[\s/>]|&(?:[a-zA-Z]{2,8}|#\d{2,5}|"
                            r"#[xX][0-9a-fA-F]{2,4});")
_TAG_NAMES = frozenset([
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "td", "th", "tr",
    "table", "span", "a", "html", "body", "head", "script", "strong", "b", "em", "i", "section",
    "nav", "header", "footer", "main", "small", "meta", "title", "link", "article", "img", "dl",
    "dt", "dd"])
_MIN_MARKS = 2
_BLOCKS = frozenset([
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
    "thead", "tbody", "tfoot", "tr", "section", "article", "main", "header", "blockquote",
    "pre", "hr", "figure", "figcaption", "title", "address", "details", "summary"])
# Blocks a browser sets apart with a margin: a blank line after them.
_PARAGRAPHS = frozenset([
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "section",
    "article"])
_VOID = frozenset([
    "br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
    "track", "wbr"])
_ROUNDS = 3  # escaped markup read again: "&amp;amp;" needs two rounds, "&lt;p&gt;" one
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_CLASS_PARTS = re.compile(r"[\s_-]+")
_LINK_AMPERSAND = re.compile(r"^\s*&\s+(?=[A-Z])")
_DOCUMENT = re.compile(r"<(?:!doctype|html|body)\b", re.IGNORECASE)


@cache
def _chrome() -> tuple[frozenset[str], frozenset[str]]:
    lists = word_lists("markup")
    return frozenset(lists.get("chrome_tags", ())), frozenset(lists.get("chrome_classes", ()))


# A box of code to copy, escaped markup shown as text under an infographic or a widget.
_EMBED_BOX = re.compile(r"<textarea\b[^>]*>.*?</textarea>", re.IGNORECASE | re.DOTALL)


def has_markup(text: str) -> bool:
    """Does ``text`` carry HTML markup (two tags or entities, one of them a block, a line
    break or an entity)?  One scan of most pages.  Inline tags alone ("<img …>" and
    "<script>" typed into a card's lines) are text: a page laid out in HTML has blocks.

    >>> has_markup("<p>Pay</p>"), has_markup("R&D, 3 < 5"), has_markup("A &amp; B &rarr; C")
    (True, False, True)
    >>> has_markup("<img src=x onerror=alert(1)> - Keep <script>x()</script> running")
    False
    >>> has_markup("Pay   $38K\\n<textarea>&lt;a href=x&gt;&lt;/a&gt;</textarea>")
    False
    """
    if "<" not in text and ("&" not in text or ";" not in text):
        return False  # (perf62) no tag without "<", no entity without "&" and its ";"
    if "textarea" in text:  # an embed box's code ("Embed this infographic"): no page markup
        text = _EMBED_BOX.sub("", text)
    count = 0
    structural = False
    for mark in _TAG_OR_ENTITY.finditer(text):
        name = mark.group(1)
        if name is not None:
            name = name.lstrip("/").lower()
            if name not in _TAG_NAMES:
                continue
        count += 1
        structural = structural or name is None or name in _BLOCKS or name == "br"
        if count >= _MIN_MARKS and structural:
            return True
    return False


class _Renderer(HTMLParser):
    """Text and source lines of one round of markup (see the module)."""

    def __init__(self, origin: list[int], *, document: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.source = origin  # the previous round's line → source line
        self.document = document  # a whole document: source newlines are spaces
        self.lines: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.at = 0  # the source line of the line being built
        self.stack: list[tuple[str, bool]] = []  # open elements, and whether each is chrome
        self.skip = 0  # open chrome elements
        self.pre = 0
        self.jsonld: list[tuple[int, str]] = []
        self.script: tuple[int, list[str]] | None = None
        self.row: list[str] | None = None
        self.header_row = False
        self.rows = 0
        self.linked = False  # just after a link's end

    def line_no(self, no: int) -> int:
        return self.source[min(no, len(self.source)) - 1]

    def flush(self, *, gap: bool = False) -> None:
        """End the line being built; ``gap``: and a paragraph, with a blank line."""
        text = _SPACES.sub(" ", "".join(self.parts)).strip()
        self.parts = []
        if text:
            self.lines.append((self.at, text))
        if gap and self.lines and self.lines[-1][1]:
            self.lines.append((self.lines[-1][0], ""))
        self.at = 0

    def emit(self, text: str) -> None:
        if not self.parts or not "".join(self.parts).strip():
            self.at = self.line_no(self.getpos()[0])
        self.parts.append(text)

    def chrome(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        tags, classes = _chrome()
        if tag in tags and not self.jsonld_script(tag, attrs):
            return True
        values = dict(attrs)
        if "hidden" in values or values.get("aria-hidden") == "true":
            return True
        names = f"{values.get('class') or ''} {values.get('id') or ''}".lower()
        return any(part in classes for part in _CLASS_PARTS.split(names) if part)

    @staticmethod
    def jsonld_script(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        return tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.linked = False
        if self.jsonld_script(tag, attrs):  # (read in the <head> too)
            self.script = (self.line_no(self.getpos()[0]), [])
        if tag in _VOID:
            if tag == "br" and not self.skip:
                self.flush()
            return
        chrome = self.chrome(tag, attrs)
        self.stack.append((tag, chrome))
        self.skip += chrome
        if self.skip:
            return
        if tag in _BLOCKS:
            self.flush()
        if tag == "pre":
            self.pre += 1
        elif tag == "li":
            self.emit("• ")
        elif tag == "tr":
            self.row, self.header_row = [], True
        elif tag in ("td", "th") and self.row is not None:
            self.header_row &= tag == "th"
            self.row.append("")
            self.emit("| ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(open_tag == tag for open_tag, _ in self.stack):
            return  # (a stray closing tag: no element to close)
        while self.stack:
            open_tag, chrome = self.stack.pop()
            self.skip -= chrome
            if open_tag == tag:
                break
        self.linked = tag == "a"
        if tag == "script" and self.script is not None:
            self.jsonld.append((self.script[0], "".join(self.script[1])))
            self.script = None
        if self.skip:
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in ("td", "th") and self.row is not None:
            self.emit(" ")
        elif tag == "tr" and self.row is not None:
            self.emit("|")
            header = self.header_row and self.rows == 0
            self.flush()
            if header:  # a header row of <th> cells: the separator a Markdown table has
                self.lines.append((self.lines[-1][0], "|" + "---|" * len(self.row)))
            self.rows += 1
            self.row = None
        elif tag == "table":
            self.rows = 0
            self.flush(gap=True)
        elif tag in _BLOCKS:
            self.flush(gap=tag in _PARAGRAPHS)

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script[1].append(data)
            return
        if self.skip:
            return
        if self.linked:  # "<a>Vinea Dining</a> & Crown Resorts": a list's "and", not a name's
            data = _LINK_AMPERSAND.sub(" and ", data, count=1)
        self.linked = False
        if self.pre or not self.document:
            # Newlines a reader sees: in <pre>, and in text a scraper already broke into lines.
            first, *rest = data.split("\n")
            self.emit(first)
            for index, piece in enumerate(rest, 1):
                # (a blank source line between two breaks: a paragraph's end)
                self.flush(gap=index < len(rest) and not piece.strip())
                self.at = self.line_no(self.getpos()[0] + index)
                self.parts.append(piece)
            return
        self.emit(data.replace("\n", " "))

    def close(self) -> None:
        super().close()
        self.flush()


def _round(text: str, origin: list[int], *, document: bool) -> Rendered:
    renderer = _Renderer(origin, document=document)
    renderer.feed(text)
    renderer.close()
    lines = renderer.lines
    while lines and not lines[-1][1]:
        lines.pop()
    return Rendered("\n".join(t for _, t in lines), [no for no, _ in lines] or [1],
                    tuple(renderer.jsonld))


def render_markup(text: str) -> Rendered | None:
    """``text`` as a browser shows it (see the module), or ``None`` when it has no markup."""
    if not has_markup(text):
        return None
    origin = list(range(1, text.count("\n") + 2))
    document = _DOCUMENT.search(text) is not None
    jsonld: tuple[tuple[int, str], ...] = ()
    for _ in range(_ROUNDS):
        page = _round(text, origin, document=document)
        jsonld += page.jsonld
        text, origin, document = page.text, page.origin, False
        if not has_markup(text):
            break
    return Rendered(text, origin, tuple(jsonld))
