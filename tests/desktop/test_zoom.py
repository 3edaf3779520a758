"""Zoom changes what the reader renders: measured on the laid-out documents, not on the CSS."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QTextBlock, QWheelEvent
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from desktop.article_view import BASE_POINT_SIZE, MAX_ZOOM, MIN_ZOOM, ArticleView
from kb import Library, load_library
from tests.desktop.conftest import open_window


@pytest.fixture
def library(content: Path) -> Library:
    return load_library(content)


@pytest.fixture
def view(qtbot: QtBot, library: Library) -> ArticleView:
    widget = ArticleView(library)
    qtbot.addWidget(widget)
    widget.resize(900, 600)  # a fixed width: document heights compare at equal line lengths
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_article(library.article("wwft/alpha", "nl"))
    return widget


def blocks(browser: QTextBrowser) -> list[QTextBlock]:
    found = []
    block = browser.document().begin()
    while block.isValid():
        if block.text():
            found.append(block)
        block = block.next()
    return found


def line_height(browser: QTextBrowser, heading: int) -> float:
    """The height of the first laid-out line of the first block at heading level `heading`
    (0: body text)."""
    browser.document().size()  # lays the document out
    for block in blocks(browser):
        if block.blockFormat().headingLevel() == heading:
            return block.layout().lineAt(0).height()
    raise AssertionError(f"no block at heading level {heading}")


def measure(view: ArticleView) -> dict[str, float]:
    browser = view.browser
    document = browser.document()
    return {
        "point_size": document.defaultFont().pointSizeF(),
        "char_height": QFontMetricsF(document.defaultFont(), browser).height(),
        "body_line": line_height(browser, 0),
        "h1_line": line_height(browser, 1),
        "height": document.size().height(),
        "side_point_size": view.side.document().defaultFont().pointSizeF(),
        "side_height": view.side.document().size().height(),
    }


def test_zoom_0_renders_the_body_at_11_points(view: ArticleView) -> None:
    assert view.zoom == 0
    for browser in (view.browser, view.side):
        assert browser.document().defaultFont().pointSizeF() == BASE_POINT_SIZE == 11
        assert browser.font().pointSizeF() == 11


def test_zoom_grows_and_shrinks_what_is_rendered(view: ArticleView) -> None:
    sizes = {}
    for zoom in (-3, 0, 5):
        view.set_zoom(zoom)
        sizes[zoom] = measure(view)
    assert [sizes[z]["point_size"] for z in (-3, 0, 5)] == [8, 11, 16]
    assert [sizes[z]["side_point_size"] for z in (-3, 0, 5)] == [8, 11, 16]
    for key in ("char_height", "body_line", "h1_line", "height", "side_height"):
        assert sizes[-3][key] < sizes[0][key] < sizes[5][key], key


def test_headings_stay_larger_than_body_text_at_every_zoom(view: ArticleView) -> None:
    for zoom in range(MIN_ZOOM, MAX_ZOOM + 1):
        view.set_zoom(zoom)
        assert view.browser.document().defaultFont().pointSizeF() == max(6, 11 + zoom)
        assert line_height(view.browser, 1) > line_height(view.browser, 0), zoom
        assert line_height(view.side, 3) > line_height(view.side, 0), zoom


def test_zoom_survives_another_article_a_restyle_and_a_dark_palette(
    view: ArticleView, library: Library
) -> None:
    view.set_zoom(4)
    zoomed = measure(view)
    view.show_article(library.article("wwft/beta", "nl"))
    assert view.browser.document().defaultFont().pointSizeF() == 15
    view.show_article(library.article("wwft/alpha", "nl"))
    assert measure(view) == zoomed
    view.apply_style()
    assert measure(view) == zoomed
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(dark)
    assert "#3a3320" in view.browser.document().defaultStyleSheet()  # restyled for dark
    assert measure(view) == zoomed


def test_the_application_font_changing_keeps_the_zoom(view: ArticleView) -> None:
    view.set_zoom(2)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    bigger = app.font()
    bigger.setPointSizeF(20)
    try:
        app.setFont(bigger)
        assert view.browser.document().defaultFont().pointSizeF() == 13
    finally:
        app.setFont(original)


def wheel(browser: QTextBrowser, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(browser.viewport().mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(browser.viewport(), event)


def test_ctrl_wheel_zooms_through_the_view_and_says_so(view: ArticleView) -> None:
    changed: list[int] = []
    view.zoom_changed.connect(changed.append)
    ctrl = Qt.KeyboardModifier.ControlModifier
    wheel(view.browser, 120, ctrl)
    assert view.zoom == 1 and changed == [1]
    assert view.browser.document().defaultFont().pointSizeF() == 12
    assert view.side.document().defaultFont().pointSizeF() == 12
    wheel(view.browser, 60, ctrl)  # half a notch (a touchpad): nothing yet
    assert view.zoom == 1
    wheel(view.browser, 60, ctrl)
    assert view.zoom == 2 and changed == [1, 2]
    wheel(view.side, -3 * 120, ctrl)  # the side panel zooms the same way
    assert view.zoom == -1 and changed == [1, 2, -1]
    assert view.browser.document().defaultFont().pointSizeF() == 10
    wheel(view.browser, 120, Qt.KeyboardModifier.NoModifier)  # scrolls, does not zoom
    assert view.zoom == -1 and view.browser.document().defaultFont().pointSizeF() == 10


def test_ctrl_wheel_stops_at_the_window_zoom_limits(view: ArticleView) -> None:
    changed: list[int] = []
    view.zoom_changed.connect(changed.append)
    wheel(view.browser, 40 * 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == MAX_ZOOM and changed == [MAX_ZOOM]
    wheel(view.browser, 120, Qt.KeyboardModifier.ControlModifier)
    assert changed == [MAX_ZOOM]  # already at the limit: no signal
    wheel(view.browser, -40 * 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == MIN_ZOOM
    assert view.browser.document().defaultFont().pointSizeF() == 6


def test_menu_zoom_renders_and_follows_the_next_article(
    qtbot: QtBot, library: Library, config_dir: Path
) -> None:
    window = open_window(qtbot, library)
    window.open_article("wwft/alpha")
    before = window.reader.document().size().height()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    assert window.reader.document().defaultFont().pointSizeF() == 13
    assert window.reader.document().size().height() > before
    window.open_article("wwft/beta")
    assert window.reader.document().defaultFont().pointSizeF() == 13
    window.act_zoom_reset.trigger()
    assert window.reader.document().defaultFont().pointSizeF() == 11
    for _ in range(3):
        window.act_zoom_out.trigger()
    assert window.reader.document().defaultFont().pointSizeF() == 8
