"""Checklists as a working view: choose, tick, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QPushButton,
    QStyle,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.checklist_view import ChecklistView
from desktop.main_window import MainWindow
from kb import load_library

LONG_LABEL = (
    "KvK-uittreksel met de inschrijving in het Handelsregister, de datum van inschrijving, "
    "de rechtsvorm en de omschrijving van de activiteit zoals de ondernemer die opgaf"
)
LONG_WHY = " ".join(f"Zin {n} van de uitleg waarom dit stuk wordt gevraagd." for n in range(1, 16))
ALTERNATIVES = [
    ("Inschrijvingsbevestiging", "medium", "gemiddeld", "Toont de inschrijving, niet de omzet."),
    ("Brief van de Belastingdienst", "strong", "sterk", "Met het btw-nummer en de startdatum."),
    ("Eigen verklaring", "weak", "zwak", "Alleen samen met een ander stuk; leg dat vast."),
]


def plain(rich: str) -> str:
    """The text a user reads in a rich-text tooltip."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def window_with_checklist(qtbot: QtBot, content: Path) -> tuple[MainWindow, ChecklistView]:
    window = MainWindow(load_library(content), lang="nl")
    qtbot.addWidget(window)
    window.act_checklists.trigger()
    view = window.checklist_view
    assert isinstance(view, ChecklistView) and view.isVisible()
    view.choose("zelfstandig", "hypotheek")
    return window, view


def long_item(content: Path) -> None:
    """The fixture's one item with a long label, a long why and three alternatives with notes."""
    path = content / "checklists" / "zelfstandig.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('nl = "KvK-uittreksel"', f'nl = "{LONG_LABEL}"')
    text = text.replace('nl = "Toont de inschrijving."', f'nl = "{LONG_WHY}"')
    head, _alternatives = text.split("[[items.alternatives]]", 1)
    for label, weight, _shown, note in ALTERNATIVES:
        head += (
            f'[[items.alternatives]]\nweight = "{weight}"\n[items.alternatives.label]\n'
            f'nl = "{label}"\nen = "{label}"\n[items.alternatives.note]\n'
            f'nl = "{note}"\nen = "{note}"\n'
        )
    path.write_text(head, encoding="utf-8")


def second_work_form(content: Path) -> None:
    """A starter checklist whose item has the same id as the self-employed one's."""
    folder = content / "checklists"
    text = (folder / "zelfstandig.toml").read_text(encoding="utf-8")
    text = text.replace('id = "zelfstandig"', 'id = "starter"', 1)
    text = text.replace('work_form = "zelfstandig"', 'work_form = "starter"', 1)
    (folder / "starter.toml").write_text(text, encoding="utf-8")


def test_pick_work_form_and_product_and_tick(qtbot: QtBot, content: Path, tmp_path: Path) -> None:
    window = MainWindow(load_library(content), lang="nl")
    qtbot.addWidget(window)
    window.act_checklists.trigger()
    view = window.checklist_view
    assert isinstance(view, ChecklistView)
    view.choose("zelfstandig", "hypotheek")
    assert view.items.topLevelItemCount() == 1
    row = view.items.topLevelItem(0)
    # The row is the document to tick; why and alternatives show in full beside it (and in
    # the row's tooltip).
    assert row.text(0) == "KvK-uittreksel" and view.items.currentItem() is row
    for shown in (view.detail.toPlainText(), plain(row.toolTip(0))):
        assert "Toont de inschrijving." in shown
        assert "Inschrijvingsbevestiging (gemiddeld)" in shown
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


def test_an_items_full_why_and_every_alternative_can_be_read(qtbot: QtBot, content: Path) -> None:
    long_item(content)
    _window, view = window_with_checklist(qtbot, content)
    row = view.items.topLevelItem(0)
    assert view.items.currentItem() is row
    # Beside the list: the whole why, and every alternative with its weight and note.
    detail = view.detail.toPlainText()
    tip = plain(row.toolTip(0))
    for shown in (detail, tip):
        assert LONG_LABEL in shown and LONG_WHY in shown and "\u2026" not in shown
        for label, _weight, weight_shown, note in ALTERNATIVES:
            assert f"{label} ({weight_shown})" in shown and note in shown
    assert "Artikel" in detail  # the linked article, by its title
    assert view.detail.isVisible() and view.detail.width() > 300
    # A text browser wraps to its width and scrolls; nothing is cut off sideways.
    assert view.detail.lineWrapMode() == QTextEdit.LineWrapMode.WidgetWidth
    assert view.detail.horizontalScrollBar().maximum() == 0
    # The row grows with its label: as tall as the label wrapped to the room beside the tick
    # box (measured here from the row's own rectangle, not by the code under test).
    rect = view.items.visualItemRect(row)
    style = view.items.style()
    room = (
        rect.width()
        - style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        - 6 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    )
    metrics = view.items.fontMetrics()
    needed = metrics.boundingRect(
        QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, LONG_LABEL
    ).height()
    assert needed >= 3 * metrics.lineSpacing()  # the label really needs several lines
    assert rect.height() >= needed


def test_the_detail_links_to_the_items_article(qtbot: QtBot, content: Path) -> None:
    window, view = window_with_checklist(qtbot, content)
    view.detail.anchorClicked.emit(QUrl("kb:wwft/alpha"))
    assert window.current_id == "wwft/alpha"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_an_item_opens_its_article_and_never_prints(
    qtbot: QtBot, content: Path, monkeypatch: pytest.MonkeyPatch, key: Qt.Key
) -> None:
    printed: list[str] = []
    monkeypatch.setattr("desktop.printing.print_html", lambda *args: printed.append("print"))
    monkeypatch.setattr(ChecklistView, "print_dialog", lambda self: printed.append("dialog"))
    window, view = window_with_checklist(qtbot, content)
    opened: list[str] = []
    view.article_requested.connect(opened.append)
    view.items.setFocus()
    qtbot.keyClick(view.items, key)
    assert opened == ["wwft/alpha"] and window.current_id == "wwft/alpha"
    assert printed == []
    # Nor from anywhere else in the dialog: Enter has no button to press.
    qtbot.keyClick(view.work_form, key)
    qtbot.keyClick(view, key)
    assert printed == [] and view.items.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked


def test_no_button_is_default(qtbot: QtBot, content: Path) -> None:
    _window, view = window_with_checklist(qtbot, content)
    buttons = view.findChildren(QPushButton)
    assert {b.accessibleName() for b in buttons} >= {"Afdrukken", "Exporteren als PDF"}
    assert [b.text() for b in buttons if b.isDefault() or b.autoDefault()] == []


def test_space_ticks_the_current_item(qtbot: QtBot, content: Path) -> None:
    _window, view = window_with_checklist(qtbot, content)
    view.items.setFocus()
    qtbot.keyClick(view.items, Qt.Key.Key_Space)
    assert view.items.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    assert view.progress.text() == "1 van 1 afgevinkt" and view.ticked == {"kvk"}
    qtbot.keyClick(view.items, Qt.Key.Key_Space)
    assert view.progress.text() == "0 van 1 afgevinkt" and view.ticked == set()


def test_ticks_belong_to_their_work_form_and_product_and_outlive_the_dialog(
    qtbot: QtBot, content: Path
) -> None:
    second_work_form(content)
    window, view = window_with_checklist(qtbot, content)
    assert "Toegang" in view.kept.text() and view.kept.isVisible()
    view.items.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert view.ticked == {"kvk"}

    def state() -> Qt.CheckState:
        return view.items.topLevelItem(0).checkState(0)

    # Another work form's checklist has an item with the same id: it is not ticked there.
    view.choose("starter", "hypotheek")
    assert view.current_checklist().id == "starter"  # type: ignore[union-attr]
    assert state() == Qt.CheckState.Unchecked and view.progress.text() == "0 van 1 afgevinkt"
    view.choose("zelfstandig", "zakelijke-rekening")  # another product: its own ticks
    assert state() == Qt.CheckState.Unchecked and view.ticked == set()
    view.choose("zelfstandig", "hypotheek")
    assert state() == Qt.CheckState.Checked and view.progress.text() == "1 van 1 afgevinkt"

    # Esc closes the dialog; opened again, it shows the same checklist with the same ticks.
    qtbot.keyClick(view.items, Qt.Key.Key_Escape)
    assert not view.isVisible()
    window.act_checklists.trigger()
    again = window.checklist_view
    assert isinstance(again, ChecklistView) and again is not view
    assert again.work_form.currentData() == "zelfstandig"
    assert again.product.currentData() == "hypotheek"
    assert again.items.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    assert again.ticked == {"kvk"} and again.progress.text() == "1 van 1 afgevinkt"
    again.choose("starter", "hypotheek")
    assert again.ticked == set()

    # Another main window (another run of the program) starts empty.
    other = MainWindow(load_library(content), lang="nl")
    qtbot.addWidget(other)
    other.act_checklists.trigger()
    fresh = other.checklist_view
    assert isinstance(fresh, ChecklistView)
    fresh.choose("zelfstandig", "hypotheek")
    assert fresh.ticked == set()


def test_the_introduction_folds_away(qtbot: QtBot, content: Path) -> None:
    window, view = window_with_checklist(qtbot, content)
    assert view.intro.text() == "Inleiding." and not view.intro.isVisible()
    view.intro_toggle.click()
    assert view.intro.isVisible()
    view.choose("online", "hypotheek")  # no checklist: the message shows, folded or not
    assert "nog geen checklist" in view.intro.text() and view.intro.isVisible()
    view.intro_toggle.setChecked(False)
    assert view.intro.isVisible() and not view.intro_toggle.isVisible()
    view.choose("zelfstandig", "hypotheek")
    assert not view.intro.isVisible()
    view.intro_toggle.click()
    view.close()
    window.act_checklists.trigger()  # the choice to show it is kept
    assert window.checklist_view.intro.isVisible()


def test_every_control_in_the_dialog_has_an_accessible_name(qtbot: QtBot, content: Path) -> None:
    _window, view = window_with_checklist(qtbot, content)
    view.intro_toggle.click()
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QTextEdit)
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.accessibleName()
    ]
    assert unnamed == []
