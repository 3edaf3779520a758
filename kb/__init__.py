"""Toegang's domain layer: content models, loading, rendering. It never imports Qt."""

from kb.library import ArticleNotFound, Library, load_library
from kb.problems import ContentError, Problem

__all__ = ["ArticleNotFound", "ContentError", "Library", "Problem", "load_library"]
