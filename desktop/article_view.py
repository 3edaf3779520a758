"""The article reader: a styled QTextBrowser, find-in-article, and the side panel.

Links: `kb:` targets are emitted as `article_requested`, `glossary:` targets as
`term_requested`, and http(s)/mailto links go to the system browser only when clicked.

Built before the window's first frame: Qt classes only needed later (find, highlights, links)
are imported where they are used, since PySide builds each class's Python type and enums on
first use (`desktop.main_window`'s docstring has the start-up rules).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # kb (pydantic) is imported after the window shows, when content loads
    from PySide6.QtCore import QRegularExpression, QUrl
    from PySide6.QtGui import QTextCursor, QWheelEvent

    from kb import Library
    from kb.models import Article

GLOSSARY_SCHEME = "glossary:"  # kb.glossary_terms.GLOSSARY_SCHEME (a test checks they agree)

BASE_POINT_SIZE = 11.0
MIN_POINT_SIZE = 6.0
# The zoom steps the window allows (`MainWindow.set_zoom` clamps to the same range).
MIN_ZOOM, MAX_ZOOM = -5, 10
WHEEL_STEP = 120  # QWheelEvent.angleDelta() of one notch of a mouse wheel


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def point_size(zoom: int = 0) -> float:
    """The body text's point size at `zoom`: one point a step from 11 pt, at least 6 pt."""
    return max(MIN_POINT_SIZE, BASE_POINT_SIZE + zoom)


def reader_font(zoom: int = 0) -> QFont:
    """The font a reader's document is laid out in: only the point size is set, so the family
    and the rest follow the application's font.

    Qt's rich text sizes body text in the document's default font and ignores `font-size` on
    `body` (unless the HTML has a `<body>` element) and on `h1`-`h6`: headings are the default
    font scaled by a fixed factor (h1 2x, h2 1.5x, h3 1.2x). So zoom is this font, not CSS.
    """
    font = QFont()
    font.setPointSizeF(point_size(zoom))
    return font


def stylesheet(zoom: int = 0, dark: bool = False) -> str:
    """The reader's CSS: bordered tables, callouts, link colours, the small print in points.

    Text and heading sizes come from the document's default font (`reader_font`; print and PDF
    set their own, `desktop.pdf_export.BODY_POINT_SIZE`); the `body` size here only takes
    effect for HTML with an explicit `<body>`.
    """
    base = point_size(zoom)
    callout_bg, callout_border = ("#3a3320", "#d9a400") if dark else ("#fff4d6", "#d99a00")
    link, border = ("#8ab4f8", "#777") if dark else ("#1a5fb4", "#888")
    return f"""
body {{ font-size: {base:g}pt; }}
h2 {{ margin-top: 14px; }}
table {{ border-collapse: collapse; margin: 6px 0; }}
th, td {{ border: 1px solid {border}; padding: 4px; }}
th {{ font-weight: bold; }}
blockquote.callout {{ background: {callout_bg}; border-left: 4px solid {callout_border};
  padding: 6px; margin: 8px 0; }}
a {{ color: {link}; }}
a.broken {{ color: #d03050; }}
a.glossary {{ text-decoration: none; border-bottom: 1px dotted {link}; }}
p.summary {{ font-style: italic; }}
p.meta {{ font-size: {base * 0.85:g}pt; }}
"""


def article_html(article: Article, library: Library) -> str:
    """Title, summary and body with glossary terms marked (for the reader)."""
    from kb.glossary_terms import annotate_terms
    from kb.render import render_article  # Markdown is imported when the first article opens

    meta = article.meta
    lang = article.lang.value
    body = annotate_terms(render_article(article, library), library.glossary, lang)
    return (
        f"<h1>{html.escape(meta.title)}</h1>"
        f"<p class='summary'>{html.escape(meta.summary)}</p>{body}"
    )


def sources_html(article: Article) -> str:
    items = []
    for source in article.meta.sources:
        parts = [source.title, source.issuer, source.reference, source.date]
        text = html.escape(", ".join(p for p in parts if p))
        if source.url:
            url = html.escape(source.url, quote=True)
            text += f" — <a class='external' href='{url}'>{html.escape(source.url)}</a>"
        items.append(f"<li>{text}</li>")
    return f"<ul>{''.join(items)}</ul>"


def printable_html(article: Article, library: Library) -> str:
    """The article for print and PDF: body and its sources, without glossary marks."""
    from kb.render import render_article

    meta = article.meta
    heading = QCoreApplication.translate("ArticleView", "Sources")
    reviewed = QCoreApplication.translate("ArticleView", "Last reviewed: %1").replace(
        "%1", meta.reviewed.isoformat()
    )
    return (
        f"<h1>{html.escape(meta.title)}</h1>"
        f"<p class='summary'>{html.escape(meta.summary)}</p>"
        f"{render_article(article, library)}"
        f"<h2>{html.escape(heading)}</h2>{sources_html(article)}"
        f"<p class='meta'>{html.escape(reviewed)}</p>"
    )


class FindBar(QWidget):
    """Find in the article: a field, previous/next, the match count, close (Esc)."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.previous = QToolButton()  # arrows: when first shown (`finish`)
        self.next = QToolButton()
        self.count = QLabel()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.edit, self.previous, self.next, self.count, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.escape: QShortcut | None = None
        self.retranslate()

    def finish(self) -> QShortcut:
        """What only the open bar needs (arrows, the Esc shortcut), made when it first opens:
        Qt's namespace is not touched before the window's first frame (see
        `desktop.search_panel.ID_ROLE`). Returns the Esc shortcut."""
        if self.escape is None:
            qt = QtCore.Qt
            self.previous.setArrowType(qt.ArrowType.UpArrow)
            self.next.setArrowType(qt.ArrowType.DownArrow)
            self.escape = QShortcut(QKeySequence(qt.Key.Key_Escape), self)
            self.escape.setContext(qt.ShortcutContext.WidgetWithChildrenShortcut)
        return self.escape

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(QCoreApplication.translate("FindBar", "Find in article"))
        self.edit.setAccessibleName(QCoreApplication.translate("FindBar", "Find in article"))
        for button, text in (
            (self.previous, QCoreApplication.translate("FindBar", "Previous match")),
            (self.next, QCoreApplication.translate("FindBar", "Next match")),
            (self.close_button, QCoreApplication.translate("FindBar", "Close find")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.count.setAccessibleName(QCoreApplication.translate("FindBar", "Match count"))


class ZoomBrowser(QTextBrowser):
    """A QTextBrowser whose Ctrl+wheel asks for zoom steps (`zoom_steps`) instead of changing
    its own font: the owner applies the zoom, so it is the menu's zoom and is remembered."""

    zoom_steps = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._wheel = 0  # angle not yet turned into a step (touchpads send small deltas)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier:
            self._wheel = 0
            super().wheelEvent(event)
            return
        event.accept()
        delta = event.angleDelta().y()
        if delta and (self._wheel > 0) != (delta > 0):
            self._wheel = 0  # turned the other way: start counting again
        self._wheel += delta
        steps = int(self._wheel / WHEEL_STEP)  # towards zero: a part notch waits for the rest
        if steps:
            self._wheel -= steps * WHEEL_STEP
            self.zoom_steps.emit(steps)


class ArticleView(QWidget):
    article_requested = Signal(str)
    term_requested = Signal(str)
    external_opened = Signal(str)
    # The user zoomed with Ctrl+wheel over the reader or the side panel: the new zoom, already
    # applied (not emitted by `set_zoom`), for the window to remember.
    zoom_changed = Signal(int)

    def __init__(self, library: Library | None = None) -> None:
        super().__init__()
        self.library = library  # None until the content has loaded (the window shows first)
        self.article: Article | None = None
        self.zoom = 0
        self.terms: list[str] = []
        self.matches: list[QTextCursor] = []
        self.match_index = -1
        self._term_selections: list[QTextEdit.ExtraSelection] = []

        self.browser = ZoomBrowser()
        self.side = ZoomBrowser()
        # Narrower, and its titles break inside words; the splitter squeezes the article then
        # (or the user drags the panel shut).
        self.side.setMinimumWidth(150)
        for browser in (self.browser, self.side):
            browser.setOpenLinks(False)
            browser.anchorClicked.connect(self._link_clicked)
            browser.zoom_steps.connect(self._zoom_by)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.edit.textChanged.connect(self.find_text)
        self.find_bar.edit.returnPressed.connect(self.find_next)
        self.find_bar.next.clicked.connect(self.find_next)
        self.find_bar.previous.clicked.connect(self.find_previous)
        self.find_bar.close_button.clicked.connect(self.close_find)

        reader = QWidget()
        column = QVBoxLayout(reader)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.browser, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(reader)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.apply_style()
        self.retranslate()

    # -- look -------------------------------------------------------------------------------
    def apply_style(self) -> None:
        """Zoom and colours: the browsers' font (their documents' default font, which sizes
        text and headings) and the CSS; the article is laid out again with both."""
        css = stylesheet(self.zoom, is_dark(self.palette()))
        font = reader_font(self.zoom)
        for browser in (self.browser, self.side):
            browser.setFont(font)  # QTextEdit makes its font the document's default font
            browser.document().setDefaultStyleSheet(css)
        if self.article is not None:
            self.show_article(self.article, self.terms)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: restyle the article.
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_style()
        super().changeEvent(event)

    def set_zoom(self, zoom: int) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self.apply_style()

    def _zoom_by(self, steps: int) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        if zoom != self.zoom:
            self.set_zoom(zoom)
            self.zoom_changed.emit(zoom)

    def retranslate(self) -> None:
        self.browser.setAccessibleName(QCoreApplication.translate("ArticleView", "Article"))
        self.side.setAccessibleName(
            QCoreApplication.translate("ArticleView", "Related articles and sources")
        )
        self.find_bar.retranslate()
        if self.article is not None:
            self._fill_side(self.article)
        self._update_count()

    # -- showing ----------------------------------------------------------------------------
    def show_welcome(self, disclaimer: str) -> None:
        """What the reader shows before the first article: where to start, and the disclaimer."""
        hint = QCoreApplication.translate(
            "ArticleView", "Search on the left, or choose a subject under Topics."
        )
        self.browser.setHtml(
            f"<h2>Toegang</h2><p>{html.escape(hint)}</p><p class='meta'>"
            f"{html.escape(disclaimer)}</p>"
        )

    def show_article(self, article: Article, terms: list[str] | None = None) -> None:
        scroll = self.browser.verticalScrollBar().value() if article is self.article else 0
        assert self.library is not None, "an article is shown only once the library is loaded"
        self.article = article
        self.terms = list(terms or [])
        self.browser.setHtml(article_html(article, self.library))
        self.browser.verticalScrollBar().setValue(scroll)
        self._fill_side(article)
        self._highlight_terms()
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.find_text(self.find_bar.edit.text())

    def _fill_side(self, article: Article) -> None:
        lang = article.lang.value
        library = self.library
        assert library is not None

        def links(ids: tuple[str, ...]) -> str:
            if not ids:
                none = QCoreApplication.translate("ArticleView", "None")
                return f"<p><i>{html.escape(none)}</i></p>"
            rows = []
            for target in ids:
                title = library.article(target, lang).meta.title
                rows.append(f"<li><a href='kb:{target}'>{html.escape(title)}</a></li>")
            return f"<ul>{''.join(rows)}</ul>"

        related = QCoreApplication.translate("ArticleView", "Related articles")
        backlinks = QCoreApplication.translate("ArticleView", "Linked from")
        sources = QCoreApplication.translate("ArticleView", "Sources")
        self.side.setHtml(
            f"<h3>{html.escape(related)}</h3>{links(library.links(article.id, lang))}"
            f"<h3>{html.escape(backlinks)}</h3>{links(library.backlinks(article.id, lang))}"
            f"<h3>{html.escape(sources)}</h3>{sources_html(article)}"
        )

    def _selection(self, cursor: QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
        from PySide6.QtGui import QTextCharFormat  # not before the first frame (module doc)

        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setForeground(QColor("black"))
        selection.format = fmt
        return selection

    def _all(self, text: str) -> list[QTextCursor]:
        return self._find_all(text) if text else []

    def _find_all(self, needle: str | QRegularExpression) -> list[QTextCursor]:
        """Every occurrence of `needle` in the article, in order."""
        found: list[QTextCursor] = []
        document = self.browser.document()
        cursor = document.find(needle, 0)
        while not cursor.isNull():
            found.append(cursor)
            cursor = document.find(needle, cursor)
        return found

    def _word_starts(self, term: str) -> list[QTextCursor]:
        """Occurrences of `term` at the start of a word (search terms are prefixes); a term of
        two letters (IB, ID) only as a whole word, or it would light up half the article."""
        from PySide6.QtCore import QRegularExpression

        end = r"\b" if len(term) < 3 else ""
        pattern = QRegularExpression(
            rf"\b{QRegularExpression.escape(term)}{end}",
            QRegularExpression.PatternOption.CaseInsensitiveOption,
        )
        return self._find_all(pattern)

    def _highlight_terms(self) -> None:
        color = QColor("#ffe066")
        self._term_selections = [
            self._selection(cursor, color)
            for term in self.terms
            for cursor in self._word_starts(term)
        ]
        self._apply_selections()

    def highlighted_terms(self) -> int:
        return len(self._term_selections)

    def _apply_selections(self) -> None:
        find_color, current_color = QColor("#a8d8ff"), QColor("#ff9632")
        finds = [
            self._selection(c, current_color if i == self.match_index else find_color)
            for i, c in enumerate(self.matches)
        ]
        self.browser.setExtraSelections(self._term_selections + finds)

    # -- find -------------------------------------------------------------------------------
    def open_find(self) -> None:
        if self.find_bar.escape is None:
            self.find_bar.finish().activated.connect(self.close_find)
            for keys in ("Shift+Return", "Shift+Enter"):  # as in browsers: the match before
                back = QShortcut(QKeySequence(keys), self.find_bar.edit)
                back.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
                back.activated.connect(self.find_previous)
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.matches, self.match_index = [], -1
        self._apply_selections()
        self.browser.setFocus()

    def find_text(self, text: str) -> int:
        """Mark every match of `text`, move to the first; return how many there are."""
        self.matches = self._all(text)
        self.match_index = 0 if self.matches else -1
        self._go_to_match()
        return len(self.matches)

    def find_next(self) -> None:
        if self.matches:
            self.match_index = (self.match_index + 1) % len(self.matches)
            self._go_to_match()

    def find_previous(self) -> None:
        if self.matches:
            self.match_index = (self.match_index - 1) % len(self.matches)
            self._go_to_match()

    def _go_to_match(self) -> None:
        if 0 <= self.match_index < len(self.matches):
            self.browser.setTextCursor(self.matches[self.match_index])
            self.browser.ensureCursorVisible()
        self._apply_selections()
        self._update_count()

    def _update_count(self) -> None:
        if not self.find_bar.edit.text():
            self.find_bar.count.setText("")
        elif not self.matches:
            self.find_bar.count.setText(QCoreApplication.translate("FindBar", "No matches"))
        else:
            text = QCoreApplication.translate("FindBar", "%1 of %2")
            current = str(self.match_index + 1)
            self.find_bar.count.setText(
                text.replace("%1", current).replace("%2", str(len(self.matches)))
            )

    # -- links ------------------------------------------------------------------------------
    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if url.scheme() == "kb":
            target = (url.path() or text[3:]).split("#", 1)[0]
            self.article_requested.emit(target)
        elif text.startswith(GLOSSARY_SCHEME):
            self.term_requested.emit(text[len(GLOSSARY_SCHEME) :])
        elif url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
            self.external_opened.emit(text)
        elif text.startswith("#"):
            self.browser.scrollToAnchor(url.fragment())
