"""Checklists as a working view: choose, tick, export."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.checklist_view import ChecklistView
from desktop.main_window import MainWindow
from kb import load_library


def test_pick_work_form_and_product_and_tick(qtbot: QtBot, content: Path, tmp_path: Path) -> None:
    window = MainWindow(load_library(content), lang="nl")
    qtbot.addWidget(window)
    window.act_checklists.trigger()
    view = window.checklist_view
    assert isinstance(view, ChecklistView)
    view.choose("zelfstandig", "hypotheek")
    assert view.items.topLevelItemCount() == 1
    row = view.items.topLevelItem(0)
    assert row.text(0) == "KvK-uittreksel" and "inschrijving" in row.text(1)
    assert "Inschrijvingsbevestiging (gemiddeld)" in row.text(2)
    assert view.progress.text() == "0 van 1 afgevinkt"
    row.setCheckState(0, Qt.CheckState.Checked)
    assert view.progress.text() == "1 van 1 afgevinkt" and view.ticked == {"kvk"}

    view.choose("zelfstandig", "aov")
    assert view.items.topLevelItemCount() == 0 and not view.export_button.isEnabled()
    view.choose("online", "hypotheek")
    assert "nog geen checklist" in view.intro.text()

    view.choose("zelfstandig", "hypotheek")
    assert view.items.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    target = tmp_path / "checklist.pdf"
    view.export_to(target)
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Zelfstandig ondernemer" in text and "KvK-uittreksel" in text and "\u2611" in text


def test_double_click_opens_the_items_article(qtbot: QtBot, content: Path) -> None:
    window = MainWindow(load_library(content))
    qtbot.addWidget(window)
    window.act_checklists.trigger()
    view = window.checklist_view
    view.choose("zelfstandig", "hypotheek")
    view.items.itemDoubleClicked.emit(view.items.topLevelItem(0), 0)
    assert window.current_id == "wwft/alpha"
