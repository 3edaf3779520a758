"""The Library: lookups, links, backlinks, checklists, glossary and the content version."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb import ArticleNotFound, load_library
from kb.models import Lang


def test_loads_articles_in_both_languages(content: Path) -> None:
    library = load_library(content)
    assert library.ids() == ("wwft/alpha", "wwft/beta")
    assert library.article("wwft/alpha", "nl").meta.title == "Cliëntenonderzoek alfa"
    assert library.article("wwft/alpha", "en").lang is Lang.EN
    assert [a.id for a in library.articles("en")] == ["wwft/alpha", "wwft/beta"]


def test_unknown_article_is_a_clear_error(content: Path) -> None:
    library = load_library(content)
    with pytest.raises(ArticleNotFound, match="no article 'wwft/gamma' in language 'nl'"):
        library.article("wwft/gamma")


def test_links_and_backlinks(content: Path) -> None:
    library = load_library(content)
    assert library.links("wwft/alpha", "nl") == ("wwft/beta",)
    assert library.links("wwft/beta", "nl") == ("wwft/alpha",)
    assert library.backlinks("wwft/beta", "nl") == ("wwft/alpha",)
    assert library.backlinks("wwft/alpha", "en") == ("wwft/beta",)


def test_checklists_and_glossary(content: Path) -> None:
    library = load_library(content)
    checklist = library.checklists["zelfstandig"]
    assert checklist.items[0].alternatives[0].weight.value == "medium"
    assert checklist.items[0].label.get("en") == "Chamber of Commerce extract"
    term = library.term("cdd")
    assert term is not None and term.term.get("nl") == "Cliëntenonderzoek"


def test_library_is_immutable(content: Path) -> None:
    library = load_library(content)
    with pytest.raises(TypeError):
        library.checklists["x"] = library.checklists["zelfstandig"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        library.version = "other"  # type: ignore[misc]


def test_content_version_is_stable_and_follows_content(content: Path) -> None:
    first = load_library(content).version
    assert load_library(content).version == first
    path = content / "content/nl/wwft/beta.md"
    path.write_text(path.read_text("utf-8") + "\nEen zin erbij.\n", "utf-8")
    assert load_library(content).version != first
