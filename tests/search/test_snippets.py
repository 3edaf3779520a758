"""Snippets read as text: no list marks or table pipes from the plain text they are cut from."""

from __future__ import annotations

from search.snippets import plain, snippet

TEXT = (
    "Wat de bank vraagt:\n- de inschrijving bij de KvK\n- aangiften over drie jaar\n"
    "Stuk | Alternatief | Gewicht\nKasboek | dagstaten | sterk\n2. Contant geld - gestort"
)


def test_a_snippet_drops_list_marks_and_pipes() -> None:
    found = snippet(TEXT, lambda word: word.lower() == "aangiften", {"aangiften"})
    assert found is not None and "<b>aangiften</b>" in found
    assert "- " not in found.replace(" - gestort", "") and "|" not in found
    assert "Kasboek · dagstaten · sterk" in found
    assert "Contant geld - gestort" in found  # a dash inside a line stays


def test_a_window_that_starts_at_a_list_item_starts_at_its_text() -> None:
    text = "x " * 200 + "\n- inschrijving bij de KvK, ook voor een eenmanszaak"
    found = snippet(text, lambda word: word == "eenmanszaak", {"eenmanszaak"})
    assert found is not None and found.startswith("…inschrijving")
    assert plain("- eerste punt\n- tweede punt") == "eerste punt tweede punt"
