"""Checklist filtering by product and work form, and the filled checklist's HTML."""

from __future__ import annotations

from pathlib import Path

from kb import load_library
from kb.checklist_apply import applicable_items, checklists_for, filled_checklist_html
from kb.models import Checklist


def _checklist(content: Path) -> Checklist:
    return load_library(content).checklists["zelfstandig"]


def test_item_applies_only_to_its_products(content: Path) -> None:
    checklist = _checklist(content)
    assert [a.item.id for a in applicable_items(checklist, "hypotheek")] == ["kvk"]
    assert applicable_items(checklist, "aov") == []


def test_when_condition_is_evaluated(content: Path) -> None:
    checklist = _checklist(content)
    item = checklist.items[0].model_copy(update={"when": "product == 'hypotheek'"})
    changed = checklist.model_copy(update={"items": [item]})
    assert [a.item.id for a in applicable_items(changed, "hypotheek")] == ["kvk"]
    assert applicable_items(changed, "zakelijke-rekening") == []


def test_a_broken_condition_keeps_the_item_with_its_problem(content: Path) -> None:
    checklist = _checklist(content)
    item = checklist.items[0].model_copy(update={"when": "product ==="})
    changed = checklist.model_copy(update={"items": [item]})
    [entry] = applicable_items(changed, "hypotheek")
    assert entry.problem and "product ===" in entry.problem


def test_checklists_for_work_form(content: Path) -> None:
    library = load_library(content)
    assert [c.id for c in checklists_for(library.checklists.values(), "zelfstandig")] == [
        "zelfstandig"
    ]
    assert checklists_for(library.checklists.values(), "online") == []


def test_filled_html_marks_ticked_items_and_escapes(content: Path) -> None:
    checklist = _checklist(content)
    items = applicable_items(checklist, "hypotheek")
    ticked = filled_checklist_html(checklist, "hypotheek", items, {"kvk"}, "nl")
    open_ = filled_checklist_html(checklist, "<b>", items, set(), "en")
    assert (
        "\u2611" in ticked and "KvK-uittreksel" in ticked and "Inschrijvingsbevestiging" in ticked
    )
    assert "\u2610" in open_ and "Chamber of Commerce extract" in open_
    assert "&lt;b&gt;" in open_ and "gemiddeld" in ticked and "medium" in open_
