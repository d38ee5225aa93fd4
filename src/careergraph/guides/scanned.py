"""stub"""
from __future__ import annotations

from careergraph.guides.markup import Rendered


def repair_scan(text: str) -> Rendered | None:
    return None
