"""The foundation's reader window: tree, article view, internal links, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.main_window import ID_ROLE, MainWindow
from kb import load_library


def test_fonts_are_available(qtbot: QtBot) -> None:
    # Without fonts every glyph is a box and nothing else fails (pitfalls.md).
    assert QFontDatabase.families()


def test_tree_lists_articles_and_opens_them(qtbot: QtBot, content: Path) -> None:
    window = MainWindow(load_library(content))
    qtbot.addWidget(window)
    window.show()
    section = window.tree.topLevelItem(0)
    assert section.childCount() == 2
    beta = section.child(1)
    assert beta.data(0, ID_ROLE) == "wwft/beta"
    window.tree.itemActivated.emit(beta, 0)
    assert window.current_id == "wwft/beta"
    assert "Beta" in window.reader.toPlainText()
    assert window.windowTitle().startswith("Beta")


def test_kb_link_navigates_inside_the_app(qtbot: QtBot, content: Path) -> None:
    window = MainWindow(load_library(content))
    qtbot.addWidget(window)
    window.open_article("wwft/beta")
    window.reader.anchorClicked.emit(QUrl("kb:wwft/alpha#wat-is-de-regel"))
    assert window.current_id == "wwft/alpha"
    text = window.reader.toPlainText()
    assert "Cliëntenonderzoek alfa" in text and "Wet ter voorkoming" in text


def test_status_bar_shows_content_version(qtbot: QtBot, content: Path) -> None:
    library = load_library(content)
    window = MainWindow(library)
    qtbot.addWidget(window)
    assert library.version in window.statusBar().currentMessage()


def test_about_shows_the_disclaimer(qtbot: QtBot, content: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = MainWindow(load_library(content))
    qtbot.addWidget(window)
    window.show_about()
    assert shown and "geen juridisch advies" in shown[0] and "not legal advice" in shown[0]
