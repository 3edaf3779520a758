"""Glossary filtering and term annotation in rendered HTML."""

from __future__ import annotations

from pathlib import Path

from kb import load_library
from kb.glossary_terms import annotate_terms, fold, matching_entries


def test_fold_removes_accents_and_case() -> None:
    assert fold("Cliëntenonderzoek") == "clientenonderzoek"


def test_matching_by_term_alias_and_definition(content: Path) -> None:
    glossary = load_library(content).glossary
    assert [e.id for e in matching_entries(glossary, "client", "nl")] == ["cdd"]
    assert [e.id for e in matching_entries(glossary, "klantonder", "nl")] == ["cdd"]
    assert [e.id for e in matching_entries(glossary, "instelling", "nl")] == ["cdd"]
    assert matching_entries(glossary, "hypotheek", "nl") == []
    assert len(matching_entries(glossary, "", "en")) == len(glossary)


def test_annotate_links_first_occurrence_outside_links_and_headings(content: Path) -> None:
    glossary = load_library(content).glossary
    fragment = (
        "<h2>Cliëntenonderzoek</h2><p>Het <a href='kb:x'>cliëntenonderzoek</a> en het "
        "cliëntenonderzoek, weer cliëntenonderzoek.</p>"
    )
    result = annotate_terms(fragment, glossary, "nl")
    assert result.count('class="glossary"') == 1
    assert "<h2>Cliëntenonderzoek</h2>" in result
    assert 'href="glossary:cdd"' in result and "art. 3 Wwft" in result
    assert result.index("glossary:cdd") > result.index("</a> en het")


def test_annotate_leaves_text_without_terms_alone(content: Path) -> None:
    glossary = load_library(content).glossary
    fragment = "<p>Niets te zien &amp; zo.</p>"
    assert annotate_terms(fragment, glossary, "nl") == fragment
