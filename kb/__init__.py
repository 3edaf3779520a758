"""Toegang's domain layer: content models, loading, rendering. It never imports Qt.

The names below load on first use (PEP 562), so that `kb.files` (the content version, asked
for at start-up before the library loads) can be imported without pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kb.library import ArticleNotFound, Library, load_library
    from kb.problems import ContentError, Problem

__all__ = ["ArticleNotFound", "ContentError", "Library", "Problem", "load_library"]

_WHERE = {
    "ArticleNotFound": "kb.library",
    "Library": "kb.library",
    "load_library": "kb.library",
    "ContentError": "kb.problems",
    "Problem": "kb.problems",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kb' has no attribute {name!r}")
