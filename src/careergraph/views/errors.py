"""Errors of the views, in careergraph's one exception tree.

>>> from careergraph.errors import CareerGraphError
>>> issubclass(ViewTooLargeError, CareerGraphError)
True
>>> str(ViewTooLargeError(2400, 1500))[:53]
'the view would draw 2400 nodes, more than 1500 can be'
"""

from __future__ import annotations

from careergraph.errors import CareerGraphError

__all__ = ["ViewError", "ViewTooLargeError"]


class ViewError(CareerGraphError):
    """A view cannot be drawn as asked (the message says why and what to do)."""


class ViewTooLargeError(ViewError):
    """More nodes than a browser can lay out comfortably (``max_nodes``)."""

    def __init__(self, nodes: int, max_nodes: int) -> None:
        self.nodes = nodes
        self.max_nodes = max_nodes
        super().__init__(
            f"the view would draw {nodes} nodes, more than {max_nodes} can be explored "
            f"comfortably; show one role's neighbourhood (careergraph view ROLE --depth 1), "
            f"keep some node types (--only Role or --only Role,Skill), or raise --max-nodes"
        )
