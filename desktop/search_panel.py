"""The search box, filter chips and result list, and the one adapter to the search service.

Everything the desktop knows about `search/` is in this module: `SearchHit`, `SearchFilters`
and the `Searcher` protocol are ours; `make_searcher` wires in the real `SearchService` when it
is importable and otherwise falls back to `LibrarySearcher`, a plain scan of the library that is
fast enough for a few hundred articles. Queries run on a private one-thread `QThreadPool`; typing
is debounced by a `QTimer`; `search_now()` skips the debounce (tests use it, never sleeps).
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import audience_label, language_label, section_title
from kb import Library
from kb.glossary_terms import fold

RESULT_LIMIT = 30
ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
AUDIENCES = ("bank", "insurer", "trainer")
LANGS = ("nl", "en")


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    section: str
    lang: str
    score: float
    snippet: str  # HTML: escaped text with <b> around the matched words


@dataclass(frozen=True)
class SearchFilters:
    section: str | None = None
    audience: str | None = None
    lang: str | None = None


class Searcher(Protocol):
    def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]: ...


def query_terms(query: str) -> list[str]:
    """The words of a query, for highlighting: no operators, quotes or one-letter words."""
    words = re.findall(r"\w+", query)
    return [w for w in words if len(w) > 2 and w.upper() not in {"AND", "OR", "NOT"}]


class LibrarySearcher:
    """Fallback search: every query word must occur (accents and case ignored) in the title,
    summary, topics or body; title matches weigh most. Used while `search/` is unavailable."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._docs: list[tuple[Any, str, str, str, str]] | None = None
        self._lock = threading.Lock()

    def _index(self) -> list[tuple[Any, str, str, str, str]]:
        """Built on first use (on the search thread), not while the window starts."""
        with self._lock:
            if self._docs is None:
                docs = []
                for article in self.library.articles():
                    meta = article.meta
                    body = _plain(article.body)
                    haystack = " ".join([meta.summary, " ".join(meta.topics), body])
                    docs.append((meta, fold(meta.title), fold(haystack), body, article.lang.value))
                self._docs = docs
            return self._docs

    def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
        words = [fold(w) for w in query_terms(query)]
        if not words:
            return []
        hits: list[SearchHit] = []
        for meta, title, haystack, body, lang in self._index():
            if filters.lang and lang != filters.lang:
                continue
            if filters.section and meta.section != filters.section:
                continue
            if filters.audience and filters.audience not in {a.value for a in meta.audiences}:
                continue
            if not all(w in title or w in haystack for w in words):
                continue
            score = sum(10.0 * (w in title) + min(haystack.count(w), 10) for w in words)
            if title == " ".join(words):
                score += 100
            hits.append(
                SearchHit(meta.id, meta.title, meta.section, lang, score, _snippet(body, words))
            )
        hits.sort(key=lambda h: (-h.score, h.title))
        return hits[:limit]


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`>#|]+|^\s*[-=:| ]{3,}\s*$", re.M)


def _plain(markdown: str) -> str:
    """Markdown to rough plain text, fast: link texts kept, markup and table rules dropped."""
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", _LINK.sub(r"\1", markdown))).strip()


def _snippet(body: str, words: Sequence[str], width: int = 160) -> str:
    folded = fold(body)
    # fold() keeps one character per character for Latin text, so positions line up.
    if len(folded) != len(body):
        folded = body.casefold()
    positions = [folded.find(w) for w in words if folded.find(w) >= 0]
    start = max(0, min(positions) - width // 3) if positions else 0
    text = body[start : start + width].replace("\n", " ")
    alternatives = "|".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})", re.I) if words else None
    out: list[str] = []
    last = 0
    folded_text = fold(text) if len(fold(text)) == len(text) else text.casefold()
    if pattern is not None:
        for match in pattern.finditer(folded_text):
            out.append(html.escape(text[last : match.start()]))
            out.append(f"<b>{html.escape(text[match.start() : match.end()])}</b>")
            last = match.end()
    out.append(html.escape(text[last:]))
    return ("…" if start else "") + "".join(out) + ("…" if start + width < len(body) else "")


def make_searcher(library: Library) -> Searcher:
    """The search to use. The real `search.service.SearchService` is wired in here, and only here,
    once it exists; until then the library scan."""
    return LibrarySearcher(library)


class _Texts:
    """The panel's visible strings (fixed context "SearchPanel" for the translation files)."""

    @staticmethod
    def searching() -> str:
        return QCoreApplication.translate("SearchPanel", "Searching…")

    @staticmethod
    def status(query: str, count: int, error: str | None) -> str:
        if error:
            return QCoreApplication.translate("SearchPanel", "Search failed: %1").replace(
                "%1", error
            )
        if not query_terms(query):
            return QCoreApplication.translate("SearchPanel", "Type to search all articles.")
        if count == 0:
            return QCoreApplication.translate("SearchPanel", "No articles found.")
        return QCoreApplication.translate("SearchPanel", "%n article(s) found.", "", count)

    @staticmethod
    def placeholder() -> str:
        return QCoreApplication.translate("SearchPanel", "Search (Ctrl+K)")

    @staticmethod
    def search_box() -> str:
        return QCoreApplication.translate("SearchPanel", "Search")

    @staticmethod
    def results() -> str:
        return QCoreApplication.translate("SearchPanel", "Search results")

    @staticmethod
    def result_status() -> str:
        return QCoreApplication.translate("SearchPanel", "Search status")

    @staticmethod
    def chip(kind: str, value: str | None) -> str:
        if value is None:
            return {
                "section": QCoreApplication.translate("SearchPanel", "All sections"),
                "audience": QCoreApplication.translate("SearchPanel", "All audiences"),
                "lang": QCoreApplication.translate("SearchPanel", "Both languages"),
            }[kind]
        if kind == "section":
            return section_title(value)
        if kind == "audience":
            return audience_label(value)
        return language_label(value)

    @staticmethod
    def chip_accessible(kind: str, label: str) -> str:
        what = {
            "section": QCoreApplication.translate("SearchPanel", "Section filter"),
            "audience": QCoreApplication.translate("SearchPanel", "Audience filter"),
            "lang": QCoreApplication.translate("SearchPanel", "Language filter"),
        }[kind]
        return f"{what}: {label}"


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, hits, error text or None


class _Job(QRunnable):
    def __init__(
        self, searcher: Searcher, query: str, filters: SearchFilters, gen: int, signals: _Signals
    ) -> None:
        super().__init__()
        self.searcher, self.query, self.filters, self.gen = searcher, query, filters, gen
        self.signals = signals

    def run(self) -> None:
        try:
            hits = self.searcher.search(self.query, self.filters, RESULT_LIMIT)
        except Exception as exc:  # a broken index or query must not kill the worker
            self.signals.done.emit(self.gen, [], str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(self.gen, hits, None)


class HitDelegate(QStyledItemDelegate):
    """Paints a result as rich text: title in bold, the highlighted snippet below."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        doc = self._document(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            color = options.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.save()
        painter.translate(options.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchPanel(QWidget):
    """Search box, chips and results. Emits `open_requested(id)` and `results_ready(query)`."""

    results_ready = Signal(str)
    open_requested = Signal(str)

    def __init__(self, library: Library, searcher: Searcher, debounce_ms: int = 200) -> None:
        super().__init__()
        self.library = library
        self.searcher = searcher
        self.hits: list[SearchHit] = []
        self.error: str | None = None
        self._gen = 0
        self._shown_key: tuple[str, SearchFilters] | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.search_now)

        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.textChanged.connect(lambda _text: self.timer.start())
        self.query_edit.returnPressed.connect(self.open_selected)
        self.query_edit.installEventFilter(self)

        self.sections = [s for s in dict.fromkeys(i.split("/", 1)[0] for i in library.ids())]
        self.section_group, section_box = self._chips([None, *self.sections], columns=4)
        self.audience_group, audience_box = self._chips([None, *AUDIENCES], columns=4)
        self.lang_group, lang_box = self._chips([None, *LANGS], columns=4)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._item_activated)
        self.results.itemClicked.connect(self._item_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_edit)
        for box in (section_box, audience_box, lang_box):
            layout.addWidget(box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.retranslate()

    # -- chips ------------------------------------------------------------------------------
    def _chips(self, values: Sequence[str | None], columns: int) -> tuple[QButtonGroup, QWidget]:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        group = QButtonGroup(box)
        group.setExclusive(True)
        for number, value in enumerate(values):
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setAutoRaise(False)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setProperty("filter_value", value)
            chip.setChecked(value is None)
            group.addButton(chip, number)
            grid.addWidget(chip, number // columns, number % columns)
        group.buttonToggled.connect(self._chip_toggled)
        return group, box

    def _chip_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.search_now()

    def _chosen(self, group: QButtonGroup) -> str | None:
        button = group.checkedButton()
        return None if button is None else button.property("filter_value")

    def set_filter(self, group: QButtonGroup, value: str | None) -> None:
        for button in group.buttons():
            if button.property("filter_value") == value:
                button.setChecked(True)

    def filters(self) -> SearchFilters:
        return SearchFilters(
            section=self._chosen(self.section_group),
            audience=self._chosen(self.audience_group),
            lang=self._chosen(self.lang_group),
        )

    # -- searching --------------------------------------------------------------------------
    def set_debounce(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)

    def query(self) -> str:
        return self.query_edit.text().strip()

    def terms(self) -> list[str]:
        return query_terms(self.query())

    def search_now(self) -> None:
        """Run the current query now (off the UI thread); `results_ready` follows."""
        self.timer.stop()
        self._gen += 1
        query, filters = self.query(), self.filters()
        self._pending_key = (query, filters)
        if not query_terms(query):
            self._show([], None, (query, filters))
            return
        self.status.setText(_Texts.searching())
        self._pool.start(_Job(self.searcher, query, filters, self._gen, self._signals))

    def search_blocking(self) -> None:
        """Run the current query on this thread (Enter must act on what is typed, at once)."""
        self.timer.stop()
        self._gen += 1
        query, filters = self.query(), self.filters()
        try:
            hits = self.searcher.search(query, filters, RESULT_LIMIT) if query_terms(query) else []
            error = None
        except Exception as exc:
            hits, error = [], str(exc) or type(exc).__name__
        self._show(hits, error, (query, filters))

    def _done(self, gen: int, hits: list[SearchHit], error: str | None) -> None:
        if gen != self._gen:
            return  # a newer query is on its way
        self._show(hits, error, self._pending_key)

    def _show(
        self, hits: list[SearchHit], error: str | None, key: tuple[str, SearchFilters]
    ) -> None:
        self.hits, self.error, self._shown_key = hits, error, key
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}")
            item.setData(ID_ROLE, hit.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, hit.lang)
            lang = f" <small>[{hit.lang.upper()}]</small>" if len(LANGS) > 1 else ""
            item.setData(HTML_ROLE, f"<b>{html.escape(hit.title)}</b>{lang}<br>{hit.snippet}")
            item.setToolTip(hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._update_status()
        self.results_ready.emit(key[0])

    def _update_status(self) -> None:
        query = self._shown_key[0] if self._shown_key else ""
        self.status.setText(_Texts.status(query, len(self.hits), self.error))

    def is_current(self) -> bool:
        return self._shown_key == (self.query(), self.filters()) and not self.timer.isActive()

    def open_selected(self) -> None:
        if not self.is_current():
            self.search_blocking()
        item = self.results.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(ID_ROLE))

    def _item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(ID_ROLE))

    def selected_lang(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = _Texts
        self.query_edit.setPlaceholderText(names.placeholder())
        self.query_edit.setAccessibleName(names.search_box())
        self.results.setAccessibleName(names.results())
        self.status.setAccessibleName(names.result_status())
        for group, kind in (
            (self.section_group, "section"),
            (self.audience_group, "audience"),
            (self.lang_group, "lang"),
        ):
            for button in group.buttons():
                value = button.property("filter_value")
                label = names.chip(kind, value)
                button.setText(label)
                button.setAccessibleName(names.chip_accessible(kind, label))
        if self._shown_key is not None:
            self._update_status()
