"""The search box, filter chips and result list, and the one adapter to the search service.

Everything the desktop knows about `search/` is in this module: `SearchHit`, `SearchFilters`
and the `Searcher` protocol are ours; `make_searcher` opens the real `SearchService` (building
its index when missing, stale or corrupt) behind `ServiceSearcher`, and falls back to
`LibrarySearcher`, a plain scan of the library, only when no index can be opened or built at all.

Opening, building and rebuilding the index, and every query, run on the panel's private
one-thread `QThreadPool`, never on the GUI thread; their results come back through signals.
Until a searcher is ready (the window shows before the library and the index are loaded), what
is typed is kept and searched as soon as it is ready; Enter pressed meanwhile opens the top hit
then. At start-up the index opens from a `SharedLibrary` (`open_content`): a current index needs
only the content's folder and version, so search is ready before the library has loaded; the
library is loaded on the worker only when the index must be built. Typing is debounced by a
`QTimer`; `search_now()` skips the debounce (tests use it, never sleeps).
"""

from __future__ import annotations

import contextlib
import html
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.flow_layout import FlowLayout
from desktop.hit_delegate import HTML_ROLE, HitDelegate
from desktop.i18n import audience_label, language_label, section_title

if TYPE_CHECKING:  # kb (pydantic) and search (whoosh) load after the window shows
    from kb import Library
    from search.service import SearchService

RESULT_LIMIT = 30
# Item data roles from Qt.ItemDataRole.UserRole on, as ints: creating Qt's namespace (all its
# enums) costs the first frame ~11 ms, so nothing before it touches `QtCore.Qt`.
ID_ROLE = 0x0100
LANG_ROLE = ID_ROLE + 2  # HTML_ROLE (desktop.hit_delegate) is ID_ROLE + 1
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


class HitList(list[SearchHit]):
    """Hits, and what the search service offers besides them."""

    did_you_mean: str | None = None


class Searcher(Protocol):
    def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]: ...


def query_terms(query: str) -> list[str]:
    """The words of a query (to search at all, and to highlight): no operators, quotes or
    one-letter words. Two letters count: the field's abbreviations are short (IB, ID, WW)."""
    words = re.findall(r"\w+", query)
    return [w for w in words if len(w) > 1 and w.upper() not in {"AND", "OR", "NOT"}]


class LibrarySearcher:
    """Fallback search: every query word must occur (accents and case ignored) in the title,
    summary, topics or body; title matches weigh most. Used while `search/` is unavailable."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._docs: list[tuple[Any, str, str, str, str]] | None = None
        self._lock = threading.Lock()

    def _index(self) -> list[tuple[Any, str, str, str, str]]:
        """Built on first use (on the search thread), not while the window starts."""
        from kb.glossary_terms import fold

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
        from kb.glossary_terms import fold

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
    from kb.glossary_terms import fold

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


class ServiceSearcher:
    """The real search (`search.service.SearchService`) behind the panel's `Searcher` protocol.

    `prefer` is the user's language: with both languages shown, its hits rank first. The
    service answers one caller at a time; the lock keeps Enter's immediate search (GUI thread)
    and a query on the worker thread from overlapping."""

    def __init__(self, service: SearchService, prefer: str = "nl") -> None:
        self.service = service
        self.prefer = prefer
        self._lock = threading.Lock()
        self._closed = False

    def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
        with self._lock:
            result = self.service.search(
                query,
                lang=filters.lang,
                prefer=self.prefer,
                section=filters.section,
                audience=filters.audience,
                limit=limit,
            )
        hits = HitList(
            SearchHit(hit.id, hit.title, hit.section, hit.lang, hit.score, hit.snippet)
            for hit in result.hits
        )
        hits.did_you_mean = result.did_you_mean
        return hits

    def terms(self, query: str) -> list[str]:
        """The query's words worth highlighting: without the stop and question words the
        service leaves out of the search too (`in` in "opting-in voorwaarden")."""
        from search.text import fold, query_stopwords  # loaded with the service already

        stops = query_stopwords()
        return [word for word in query_terms(query) if fold(word) not in stops]

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self.service.close()


class SharedLibrary:
    """The library of one content folder, loaded once, by the first thread that asks: the
    content loader, or the search panel's worker when the index must be built first. The
    search index opens without it (`search.store.ContentRef`)."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._error: Exception | None = None

    def get(self) -> Library:
        """The library (loading it now if no thread has); raises what loading raised."""
        with self._lock:
            if self._library is None:
                if self._error is not None:
                    raise self._error
                from kb import load_library

                try:
                    self._library = load_library(self.root)
                except Exception as exc:
                    self._error = exc
                    raise
            return self._library


def _content(source: Library | SharedLibrary) -> Any:
    """What the search service opens: the library, or only its folder and content version
    (the files hashed, none parsed) with the way to load it should the index need building."""
    if isinstance(source, SharedLibrary):
        from search.store import ContentRef

        return ContentRef.of(source.root, source.get)
    return source


def index_needs_building(content: Any, index_dir: Path | None = None) -> bool:
    """Whether opening the index will build it first (to show that it is being built).
    `content`: a `Library` or a `search.store.ContentRef`."""
    from search import store

    version = content.version
    fallback = store.cache_location(content)
    if index_dir is not None:
        return all(store.status(p, version) != "current" for p in (index_dir, fallback))
    return all(store.status(p, version) != "current" for p in (store.SHIPPED, fallback))


class NoSearcher:
    """No search at all: the content itself cannot be loaded (the app says why and stops)."""

    def search(self, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
        return []


def make_searcher(
    source: Library | SharedLibrary,
    *,
    index_dir: Path | None = None,
    rebuild: bool = False,
    building: Callable[[], object] | None = None,
) -> tuple[Searcher, str | None]:
    """The search to use, and a message when it is not the real one. Opening may build the
    index (seconds; `building` is called first then): call it on a worker thread, never on
    the GUI thread. With a `SharedLibrary`, a current index opens without loading it.

    Falls back to `LibrarySearcher` only when the index can be neither opened nor built (a
    corrupt index in a folder that cannot be written, no writable cache), never raises."""
    try:
        content = _content(source)
        if building is not None:
            # Only a hint for the busy state: when it fails, opening says what is wrong.
            with contextlib.suppress(Exception):
                if rebuild or index_needs_building(content, index_dir):
                    building()
        from search.service import SearchService

        service = SearchService(content, index_dir, rebuild=rebuild)
    except Exception as exc:  # IndexUnavailable, OSError, a broken index: simple search instead
        reason = str(exc) or type(exc).__name__
        try:
            library = source.get() if isinstance(source, SharedLibrary) else source
        except Exception:
            return NoSearcher(), reason
        return LibrarySearcher(library), reason
    return ServiceSearcher(service), None


def close_searcher(searcher: object) -> None:
    close = getattr(searcher, "close", None)
    if callable(close):
        close()


class _Texts:
    """The panel's visible strings (fixed context "SearchPanel" for the translation files)."""

    @staticmethod
    def searching() -> str:
        return QCoreApplication.translate("SearchPanel", "Searching…")

    @staticmethod
    def loading() -> str:
        return QCoreApplication.translate("SearchPanel", "Opening the search index…")

    @staticmethod
    def building() -> str:
        return QCoreApplication.translate("SearchPanel", "Building the search index…")

    @staticmethod
    def fallback(reason: str) -> str:
        return QCoreApplication.translate(
            "SearchPanel", "The search index cannot be opened (%1); using simple search."
        ).replace("%1", reason)

    @staticmethod
    def rebuild_failed(reason: str) -> str:
        return QCoreApplication.translate(
            "SearchPanel", "The search index could not be rebuilt: %1"
        ).replace("%1", reason)

    @staticmethod
    def did_you_mean(suggestion: str) -> str:
        link = f"<a href='suggest'>{html.escape(suggestion)}</a>"
        return QCoreApplication.translate("SearchPanel", "Did you mean %1?").replace("%1", link)

    @staticmethod
    def suggestion_accessible() -> str:
        return QCoreApplication.translate("SearchPanel", "Search suggestion")

    @staticmethod
    def busy_accessible() -> str:
        return QCoreApplication.translate("SearchPanel", "Search index progress")

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
    building = Signal()  # the index is being (re)built: show it
    opened = Signal(object, object)  # searcher, message (why it is the fallback) or None

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Searchers opened on the worker and not yet taken by the panel: closed at shutdown
        # when the `opened` signal can no longer be delivered.
        self.unclaimed: list[object] = []
        self.lock = threading.Lock()


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


class _OpenJob(QRunnable):
    """Open (or, with `rebuild`, build anew) the index on the worker thread; `old` is the
    searcher it replaces, closed here once the new one is open (queries run on this thread)."""

    def __init__(
        self,
        source: Library | SharedLibrary,
        signals: _Signals,
        *,
        index_dir: Path | None,
        rebuild: bool,
        old: object = None,
    ) -> None:
        super().__init__()
        self.source, self.signals, self.old = source, signals, old
        self.index_dir, self.rebuild = index_dir, rebuild

    def run(self) -> None:
        searcher, message = make_searcher(
            self.source,
            index_dir=self.index_dir,
            rebuild=self.rebuild,
            building=self.signals.building.emit,
        )
        if message is not None and isinstance(self.old, ServiceSearcher):
            searcher = self.old  # the rebuild failed: keep searching the index that works
        elif self.old is not None:
            # Closing a damaged index must not stop its replacement.
            with contextlib.suppress(Exception):
                close_searcher(self.old)
        with self.signals.lock:
            self.signals.unclaimed.append(searcher)
        self.signals.opened.emit(searcher, message)


class SearchPanel(QWidget):
    """Search box, chips and results. Emits `open_requested(id)` and `results_ready(query)`.

    Built before the library is loaded (the window shows first): `set_library()` fills the
    section chips and opens the index on the worker thread; `ready` follows (also after a
    fallback). `rebuild_index()` builds the index anew, also on the worker thread;
    `index_busy(bool)` tells the window when the index is being built."""

    results_ready = Signal(str)
    open_requested = Signal(str)
    ready = Signal()
    index_busy = Signal(bool)
    index_message = Signal(str)  # why search is not the real one, or a rebuild failed

    def __init__(
        self,
        library: Library | None = None,
        searcher: Searcher | None = None,
        debounce_ms: int = 200,
        *,
        index_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.source: Library | SharedLibrary | None = None  # what the index opens for
        self.searcher: Searcher | None = None
        self.index_dir = index_dir
        self.hits: list[SearchHit] = []
        self.error: str | None = None
        self.did_you_mean: str | None = None
        self.notice: str | None = None  # fallback or failed rebuild, shown with the status
        self.prefer = "nl"
        self.building = False
        self._gen = 0
        self._shown_key: tuple[str, SearchFilters] | None = None
        self._pending_key: tuple[str, SearchFilters] = ("", SearchFilters())
        self._queued = False  # a query waits for the searcher
        self._in_flight = False  # a query runs on the worker thread
        self._open_when_ready = False  # Enter was pressed before the searcher was ready
        self._opening = False  # an open job runs on the worker
        self._announced = False  # `ready` was emitted for the current searcher
        self._shut_down = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.building.connect(self._building)
        self._signals.opened.connect(self._opened)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.search_now)

        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.textChanged.connect(lambda _text: self.timer.start())
        self.query_edit.returnPressed.connect(self.open_selected)
        self.query_edit.installEventFilter(self)

        self.sections: list[str] = []
        self.section_group, section_box = self._chips([None])
        self.audience_group, audience_box = self._chips([None, *AUDIENCES])
        self.lang_group, lang_box = self._chips([None, *LANGS])
        flow = section_box.layout()
        assert flow is not None  # the chips' FlowLayout
        self._section_flow: QLayout = flow

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy, no percentage: Whoosh reports none
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.suggestion = QLabel()  # rich text, its link clickable: set when first shown
        self.suggestion.linkActivated.connect(lambda _link: self.accept_suggestion())
        self.suggestion.hide()
        self.results = QListWidget()  # its `HitDelegate` comes with the first hits
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._item_activated)
        self.results.itemClicked.connect(self._item_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_edit)
        for box in (section_box, audience_box, lang_box):
            layout.addWidget(box)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.results, 1)
        self.retranslate()
        if searcher is not None:
            self.searcher = searcher
        if library is not None:
            self.set_library(library)

    # -- the library and the index ----------------------------------------------------------
    def open_content(self, source: SharedLibrary) -> None:
        """Open the index for this content on the worker thread now, before the library has
        loaded: a current index needs only the content's folder and version; `ready` follows.
        (Hits need no library; opening an article does: the window waits for it.)"""
        self.source = source
        self._start()

    def set_library(self, library: Library) -> None:
        """The library has loaded: add its section chips and, unless a searcher was given or
        is being opened already, open the index on the worker thread."""
        self.library = library
        if self.source is None:
            self.source = library
        self.sections = [s for s in dict.fromkeys(i.split("/", 1)[0] for i in library.ids())]
        for number, value in enumerate(self.sections, start=1):
            chip = self._chip(value)
            self.section_group.addButton(chip, number)
            self._section_flow.addWidget(chip)
        self.retranslate()
        self._start()

    def _start(self) -> None:
        if self.searcher is None:
            if not self._opening:
                self._open(rebuild=False)
        elif not self._announced:
            self._became_ready()  # a searcher given to the constructor

    def is_ready(self) -> bool:
        return self.searcher is not None and not self.building

    def is_waiting(self) -> bool:
        """A query waits for the searcher or runs: its results are still to come."""
        return self._queued or self._in_flight

    def set_preferred_language(self, lang: str) -> None:
        """The user's language: with both languages shown, its hits rank first."""
        self.prefer = lang
        if isinstance(self.searcher, ServiceSearcher):
            self.searcher.prefer = lang

    def rebuild_index(self) -> bool:
        """Build the index anew on the worker thread (Rebuild search index); False when there
        is nothing to rebuild yet, a build is already running or the panel is shut down.
        `ready` follows."""
        if self.library is None or self.building or self._shut_down:
            return False
        self._open(rebuild=True)
        return True

    def _open(self, rebuild: bool) -> None:
        if self._shut_down:
            # No job after shutdown() (e.g. the loader's library arriving after the window
            # was closed): it would open or build an index for a closed window (at exit never
            # closed), on a worker thread still running Python while the window is destroyed
            # or the interpreter exits, which then waits for the build.
            return
        source = self.library if self.library is not None else self.source
        assert source is not None
        old, self.searcher = self.searcher, None
        self._opening, self._announced = True, False
        self.status.setText(_Texts.building() if rebuild else _Texts.loading())
        if rebuild:
            self._building()
        self._pool.start(
            _OpenJob(source, self._signals, index_dir=self.index_dir, rebuild=rebuild, old=old)
        )

    def _building(self) -> None:
        if self.building:
            return  # the rebuild said so already
        self.building = True
        self.busy.show()
        self.status.setText(_Texts.building())
        self.index_busy.emit(True)

    def _opened(self, searcher: Searcher, message: str | None) -> None:
        with self._signals.lock:
            claimed = searcher in self._signals.unclaimed
            if claimed:
                self._signals.unclaimed.remove(searcher)
        if self._shut_down:
            if claimed:  # otherwise shutdown() has closed it already
                close_searcher(searcher)
            return
        self._opening = False
        was_building, self.building = self.building, False
        kept = isinstance(searcher, ServiceSearcher) and message is not None
        self.searcher = searcher
        self.set_preferred_language(self.prefer)
        self.busy.hide()
        if message is None:
            self.notice = None
        else:
            self.notice = _Texts.rebuild_failed(message) if kept else _Texts.fallback(message)
            self.index_message.emit(self.notice)
        if was_building:
            self.index_busy.emit(False)
        self._became_ready()

    def _became_ready(self) -> None:
        self._announced = True
        self.ready.emit()
        if query_terms(self.query()):
            self.search_now()  # what was typed meanwhile (or the shown results, anew)
        else:
            self._queued = self._open_when_ready = False
            self._update_status()

    # -- chips ------------------------------------------------------------------------------
    def _chip(self, value: str | None) -> QToolButton:
        chip = QToolButton()
        chip.setCheckable(True)
        # Flat until chosen: the chosen chip alone has a frame, which shows in light and dark
        # themes alike (a checked button's pressed look alone does not; a palette or a style
        # sheet for it would cost the first frame 3-5 ms).
        chip.setAutoRaise(True)
        chip.setProperty("filter_value", value)
        chip.setChecked(value is None)
        return chip

    def _chips(self, values: Sequence[str | None]) -> tuple[QButtonGroup, QWidget]:
        """A row of chips that wraps as the panel narrows (the widest chip sets its minimum)."""
        box = QWidget()
        flow = FlowLayout(box)
        group = QButtonGroup(box)
        group.setExclusive(True)
        for number, value in enumerate(values):
            group.addButton(self._chip(value), number)
            flow.addWidget(group.button(number))
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
        """The words to highlight in an article opened from the results."""
        if isinstance(self.searcher, ServiceSearcher):
            return self.searcher.terms(self.query())
        return query_terms(self.query())

    def search_now(self) -> None:
        """Run the current query now (off the UI thread); `results_ready` follows. Before the
        searcher is ready (or while the index is rebuilt) the query waits and runs then."""
        self.timer.stop()
        self._gen += 1
        query, filters = self.query(), self.filters()
        self._pending_key = (query, filters)
        if not query_terms(query):
            self._queued = self._open_when_ready = self._in_flight = False
            self._show([], None, (query, filters))
            return
        if self.searcher is None:
            self._queued = True
            self.status.setText(_Texts.building() if self.building else _Texts.loading())
            return
        self._queued = False
        self._in_flight = True
        self.status.setText(_Texts.searching())
        self._pool.start(_Job(self.searcher, query, filters, self._gen, self._signals))

    def search_blocking(self) -> bool:
        """Run the current query on this thread (Enter must act on what is typed, at once).
        False when there is no searcher yet: the query then runs as soon as there is."""
        self.timer.stop()
        if self.searcher is None:
            self.search_now()
            return False
        self._gen += 1
        query, filters = self.query(), self.filters()
        try:
            hits = self.searcher.search(query, filters, RESULT_LIMIT) if query_terms(query) else []
            error = None
        except Exception as exc:
            hits, error = [], str(exc) or type(exc).__name__
        self._show(hits, error, (query, filters))
        return True

    def _done(self, gen: int, hits: list[SearchHit], error: str | None) -> None:
        if gen != self._gen:
            return  # a newer query is on its way
        self._in_flight = False
        self._show(hits, error, self._pending_key)
        if self._open_when_ready:
            self._open_when_ready = False
            item = self.results.currentItem()
            if item is not None and self.is_current():
                self.open_requested.emit(item.data(ID_ROLE))

    def _show(
        self, hits: list[SearchHit], error: str | None, key: tuple[str, SearchFilters]
    ) -> None:
        self.hits, self.error, self._shown_key = hits, error, key
        self.did_you_mean = getattr(hits, "did_you_mean", None)
        self._update_suggestion()
        self.results.clear()
        if hits and not isinstance(self.results.itemDelegate(), HitDelegate):
            self.results.setItemDelegate(HitDelegate(self.results))
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}")
            item.setData(ID_ROLE, hit.id)
            item.setData(LANG_ROLE, hit.lang)
            lang = f" <small>[{hit.lang.upper()}]</small>" if len(LANGS) > 1 else ""
            item.setData(HTML_ROLE, f"<b>{html.escape(hit.title)}</b>{lang}<br>{hit.snippet}")
            item.setToolTip(hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._update_status()
        self.results_ready.emit(key[0])

    def _update_status(self) -> None:
        if self.searcher is None:
            self.status.setText(_Texts.building() if self.building else _Texts.loading())
            return
        query = self._shown_key[0] if self._shown_key else ""
        text = _Texts.status(query, len(self.hits), self.error)
        self.status.setText(f"{text} {self.notice}" if self.notice else text)

    def _update_suggestion(self) -> None:
        if self.did_you_mean:
            qt = QtCore.Qt  # not before the first frame (see ID_ROLE)
            self.suggestion.setTextFormat(qt.TextFormat.RichText)
            self.suggestion.setTextInteractionFlags(  # Tab reaches the link, Enter follows it
                qt.TextInteractionFlag.LinksAccessibleByMouse
                | qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            self.suggestion.setText(_Texts.did_you_mean(self.did_you_mean))
            self.suggestion.show()
        else:
            self.suggestion.clear()
            self.suggestion.hide()

    def accept_suggestion(self) -> None:
        """Search for "Did you mean …"'s suggestion instead of what was typed."""
        if not self.did_you_mean:
            return
        self.query_edit.setText(self.did_you_mean)
        self.search_now()

    def is_current(self) -> bool:
        return self._shown_key == (self.query(), self.filters()) and not self.timer.isActive()

    def open_selected(self) -> None:
        if not self.is_current() and not self.search_blocking():
            self._open_when_ready = True  # opens the top hit when the searcher is ready
            return
        item = self.results.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(ID_ROLE))

    def _item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(ID_ROLE))

    def selected_lang(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else item.data(LANG_ROLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtGui import QKeyEvent

            assert isinstance(event, QKeyEvent)
            step = {QtCore.Qt.Key.Key_Down: 1, QtCore.Qt.Key.Key_Up: -1}.get(
                QtCore.Qt.Key(event.key())
            )
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """Drop waiting queries, let a running job (a build) finish, close the index."""
        self._shut_down = True
        self._pool.clear()
        self._pool.waitForDone()
        with self._signals.lock:
            waiting, self._signals.unclaimed = self._signals.unclaimed, []
        searcher, self.searcher = self.searcher, None
        for each in {id(x): x for x in [searcher, *waiting]}.values():
            close_searcher(each)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = _Texts
        self.query_edit.setPlaceholderText(names.placeholder())
        self.query_edit.setAccessibleName(names.search_box())
        self.results.setAccessibleName(names.results())
        self.status.setAccessibleName(names.result_status())
        self.suggestion.setAccessibleName(names.suggestion_accessible())
        self.busy.setAccessibleName(names.busy_accessible())
        self._update_suggestion()
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
