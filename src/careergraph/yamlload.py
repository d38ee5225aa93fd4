"""YAML read through libyaml when PyYAML has it, with PyYAML's own errors.

The lexicon, the heading vocabulary and structured guides are YAML.  The pure-Python loader
takes ~90 ms for the bundled lexicon, which every command pays; libyaml takes a tenth of
that.  Any text libyaml refuses is read again by the pure-Python loader, so a bad file's
error message and line are PyYAML's own whichever loader is installed.

>>> safe_load("same:\\n  - [a, b]\\n")
{'same': [['a', 'b']]}
>>> compose("role: X").value[0][1].value
'X'
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["YAML_ONLY_BREAKS", "compose", "safe_load"]

#: Line breaks YAML knows and ``str.splitlines`` agrees on but libyaml counts differently:
#: texts holding one are read by the pure-Python loader so marks keep their lines.
YAML_ONLY_BREAKS = ("\x85", "\u2028", "\u2029")

_FAST: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def _fast_loader(text: str) -> type[yaml.CSafeLoader] | None:
    """libyaml's safe loader when it is installed and counts ``text``'s lines as PyYAML does."""
    return None if any(char in text for char in YAML_ONLY_BREAKS) else _FAST


def safe_load(text: str) -> Any:
    """The Python value of one YAML document (``yaml.safe_load``, faster)."""
    fast = _fast_loader(text)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)
        except (yaml.YAMLError, UnicodeError):
            pass
    return yaml.safe_load(text)


def compose(text: str) -> yaml.Node | None:
    """The node tree of one YAML document (marks give lines), or ``None`` when it is empty."""
    fast = _fast_loader(text)
    if fast is not None:
        try:
            node: yaml.Node | None = yaml.compose(text, Loader=fast)
            return node
        except (yaml.YAMLError, UnicodeError):
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)
