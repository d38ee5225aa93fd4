"""Assemble one offline HTML file: vis-network inlined, data as escaped JSON, no fetches.

pyvis's own template links Bootstrap from a CDN even with ``cdn_resources="in_line"``
(pyvis issues #228/#229), so careergraph renders the nodes and edges pyvis built into its own
template (``careergraph/templates/view.html``).  The vis-network files are the ones pyvis
ships (vis-network 9.1.2, dual Apache-2.0/MIT; its licence header is kept).

>>> script_json({"name": "</script><script>alert(1)</script>"})
'{"name":"\\\\u003c/script>\\\\u003cscript>alert(1)\\\\u003c/script>"}'
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from careergraph.views.errors import ViewError

__all__ = ["VIS_VERSION", "assemble", "script_json", "vis_assets"]

VIS_VERSION = "9.1.2"


def script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: sorted keys, every ``<`` as ``\\u003c``.

    Escaping ``<`` rules out both ``</script>`` and ``<!--`` in the data.
    """
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)
    return text.replace("<", "\\u003c")


def _check_inlinable(text: str, closing: str, origin: str) -> str:
    lowered = text.lower()
    if closing in lowered or "<!--" in lowered:
        raise ViewError(f"{origin} contains {closing!r} or '<!--' and cannot be inlined")
    return text


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """The vis-network JavaScript and CSS that pyvis ships, checked to be safe to inline."""
    import pyvis

    base = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (base / "vis-network.min.js").read_text(encoding="utf-8")
        css = (base / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise ViewError(f"pyvis does not ship vis-network {VIS_VERSION} at {base} "
                        f"({exc.strerror}); reinstall pyvis 0.3.2") from exc
    return (_check_inlinable(js, "</script", "vis-network.min.js"),
            _check_inlinable(css, "</style", "vis-network.css"))


@lru_cache(maxsize=1)
def _template() -> tuple[Any, str]:
    import jinja2  # a dependency of pyvis

    folder = resources.files("careergraph") / "templates"
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    template = env.from_string(folder.joinpath("view.html").read_text(encoding="utf-8"))
    app_js = _check_inlinable(folder.joinpath("view.js").read_text(encoding="utf-8"),
                              "</script", "view.js")
    return template, app_js


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def assemble(*, title: str, subtitle: str, legend: list[dict[str, Any]], data: dict[str, Any],
             background: str) -> str:
    """The whole page as one string.  Text is HTML-escaped; ``data`` becomes script JSON."""
    from careergraph import __version__

    template, app_js = _template()
    vis_js, vis_css = vis_assets()
    html: str = template.render(
        title=title, subtitle=subtitle, legend=legend, background=background,
        version=__version__, vis_css=vis_css, vis_js=vis_js, app_js=app_js,
        data_json=script_json(data),
        script_hashes=" ".join(_csp_hash(s) for s in (vis_js, app_js)),
    )
    return html
