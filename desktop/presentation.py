"""Presentation mode: an article or case full screen, one section per slide, large type.

Keys: Right, Down, Space, PageDown and Enter go forward; Left, Up, PageUp and Backspace go back;
Home and End jump; R reveals a model answer (hidden until then); P switches to the presenter
view on a single screen; Esc leaves. With two or more screens the slides go full screen on a
secondary screen and the presenter window (notes, the next slide, a clock) on the primary one.
The splitting itself is Qt-free: `kb.slides`.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.article_view import reader_font, stylesheet
from kb import Library
from kb.models import Article
from kb.slides import Slide, article_slides

SLIDE_ZOOM = 15  # the reader's 11 pt + 15: 26 pt body text
PRESENTER_ZOOM = 1

FORWARD_KEYS = frozenset(
    {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return}
)
BACK_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace})


def slide_html(slide: Slide, library: Library | None, lang: str, hidden: bool) -> str:
    """A slide as HTML; a hidden model answer shows only a placeholder."""
    from kb.render import markdown_to_html

    title = f"<h1>{html.escape(slide.title)}</h1>"
    if hidden:
        note = QCoreApplication.translate(
            "Presentation", "The model answer is hidden. Press R or click “Reveal model answer”."
        )
        return f"{title}<p class='summary'>{html.escape(note)}</p>"
    if slide.cover:
        return f"{title}<p class='summary'>{html.escape(slide.body)}</p>"
    return title + markdown_to_html(slide.body, library, lang)


def _browser(zoom: int) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the presentation, not scrolling
    browser.document().setDefaultStyleSheet(stylesheet(zoom))
    browser.setFont(reader_font(zoom))  # Qt sizes rich text by the font, not the CSS
    return browser


class PresenterView(QWidget):
    """What only the trainer sees: the current slide's title, notes, the next slide, a clock."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QLabel()
        self.clock.setObjectName("presenterClock")
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.notes = _browser(PRESENTER_ZOOM)
        self.next_slide = _browser(PRESENTER_ZOOM - 2)
        self.notes_label = QLabel()
        self.next_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.clock)
        left = QVBoxLayout()
        left.addWidget(self.notes_label)
        left.addWidget(self.notes, 1)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next_slide, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.notes_label.setText(QCoreApplication.translate("Presentation", "Notes"))
        self.next_label.setText(QCoreApplication.translate("Presentation", "Next slide"))
        self.setWindowTitle(QCoreApplication.translate("Presentation", "Presenter view"))


class PresentationWindow(QWidget):
    """Slides of one article; `start()` shows them full screen (with the presenter view)."""

    slide_changed = Signal(int)
    answer_revealed = Signal(int)
    presenter_toggled = Signal(bool)
    finished = Signal()

    def __init__(
        self,
        article: Article,
        library: Library | None = None,
        notes: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.article = article
        self.library = library
        self.lang = article.lang.value
        self.general_notes = notes
        meta = article.meta
        self.slides: list[Slide] = article_slides(article)
        self.index = 0
        self.revealed: set[int] = set()
        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self.setWindowTitle(meta.title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.browser = _browser(SLIDE_ZOOM)
        self.position = QLabel()
        self.reveal_button = QPushButton()
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_button.clicked.connect(self.reveal)
        bar = QHBoxLayout()
        bar.addWidget(self.position)
        bar.addStretch(1)
        bar.addWidget(self.reveal_button)
        audience = QWidget()
        column = QVBoxLayout(audience)
        column.addWidget(self.browser, 1)
        column.addLayout(bar)

        self.presenter = PresenterView()
        # One screen: the presenter view is a page of this window (P toggles it); two or more:
        # `start()` moves it into its own window on another screen.
        self.stack = QStackedWidget()
        self.stack.addWidget(audience)
        self.stack.addWidget(self.presenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.presenter_window: QWidget | None = None

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._render()

    # -- screens ----------------------------------------------------------------------------
    def start(self) -> None:
        """Show full screen; with a second screen, the presenter window goes on the primary."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not primary]
        if others and primary is not None:
            self._detach_presenter(primary)
            self._place(self, others[0])
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def _place(self, widget: QWidget, screen: QScreen) -> None:
        widget.setScreen(screen)
        widget.move(screen.geometry().topLeft())

    def _detach_presenter(self, screen: QScreen) -> None:
        self.stack.removeWidget(self.presenter)
        window = QWidget(None, Qt.WindowType.Window)
        window.setWindowTitle(self.presenter.windowTitle())
        layout = QVBoxLayout(window)
        layout.addWidget(self.presenter)
        self.presenter_window = window
        self._place(window, screen)
        window.showMaximized()

    # -- moving -----------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    def is_hidden(self, index: int) -> bool:
        return self.slides[index].answer and index not in self.revealed

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.slides) - 1, index))
        if index == self.index:
            return
        self.index = index
        self._render()
        self.slide_changed.emit(index)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def reveal(self) -> None:
        if not self.is_hidden(self.index):
            return
        # Revealing one part of a model answer reveals the rest of it too.
        for number, slide in enumerate(self.slides):
            if slide.answer:
                self.revealed.add(number)
        self._render()
        self.answer_revealed.emit(self.index)

    def toggle_presenter(self) -> None:
        if self.presenter_window is not None:
            self.presenter_window.raise_()
            return
        showing = self.stack.currentWidget() is self.presenter
        self.stack.setCurrentIndex(0 if showing else 1)
        self.presenter_toggled.emit(not showing)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in FORWARD_KEYS:
            self.next()
        elif key in BACK_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        elif key == Qt.Key.Key_R:
            self.reveal()
        elif key == Qt.Key.Key_P:
            self.toggle_presenter()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        if self.presenter_window is not None:
            self.presenter_window.close()
            self.presenter_window.deleteLater()
            self.presenter_window = None
        self.finished.emit()
        super().closeEvent(event)

    # -- showing ----------------------------------------------------------------------------
    def shown_html(self) -> str:
        return self.browser.toHtml()

    def shown_text(self) -> str:
        return self.browser.toPlainText()

    def _render(self) -> None:
        slide = self.slide
        hidden = self.is_hidden(self.index)
        self.browser.setHtml(slide_html(slide, self.library, self.lang, hidden))
        self.reveal_button.setVisible(hidden)
        self.reveal_button.setText(
            QCoreApplication.translate("Presentation", "Reveal model answer (R)")
        )
        self.position.setText(
            QCoreApplication.translate(
                "Presentation",
                "Slide %1 of %2 — arrows or space to move, Esc to leave, P for the presenter view",
            )
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.slides)))
        )
        self._render_presenter()

    def _render_presenter(self) -> None:
        presenter = self.presenter
        slide = self.slide
        state = (
            QCoreApplication.translate("Presentation", " (model answer, hidden)")
            if self.is_hidden(self.index)
            else ""
        )
        presenter.current.setText(f"{self.index + 1}/{len(self.slides)}: {slide.title}{state}")
        notes = [part for part in (slide.notes, self.general_notes) if part]
        if slide.answer:
            # The trainer sees the model answer before the room does.
            notes.append(slide.body)
        from kb.render import markdown_to_html

        no_notes = QCoreApplication.translate("Presentation", "No notes for this slide.")
        presenter.notes.setHtml(
            markdown_to_html("\n\n".join(notes), self.library, self.lang)
            if notes
            else f"<p><i>{html.escape(no_notes)}</i></p>"
        )
        if self.index + 1 < len(self.slides):
            upcoming = self.slides[self.index + 1]
            presenter.next_slide.setHtml(
                slide_html(upcoming, self.library, self.lang, self.is_hidden(self.index + 1))
            )
        else:
            end = QCoreApplication.translate("Presentation", "End of the presentation.")
            presenter.next_slide.setHtml(f"<p><i>{html.escape(end)}</i></p>")
        self._tick()

    def _tick(self) -> None:
        seconds = self.elapsed.elapsed() // 1000
        now = dt.datetime.now().strftime("%H:%M")
        self.presenter.clock.setText(
            QCoreApplication.translate("Presentation", "%1 — elapsed %2")
            .replace("%1", now)
            .replace("%2", f"{seconds // 60}:{seconds % 60:02d}")
        )
