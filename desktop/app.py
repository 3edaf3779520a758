"""Start the desktop application: show the window first, then search, then the rest.

`launch()` shows the main window as a light shell (menus, the search box focused, empty panels)
and, once its first frame is painted, opens the search index on the search panel's worker
thread: a current index needs only the content's folder and version (its files hashed, none
parsed), so search is ready before the library is. What the user types meanwhile is searched
as soon as the index is open. Then (once that query has answered, so the two do not compete
for the GIL) `ContentLoader` loads the settings and the library on a worker thread; the window
fills its panels when they arrive (a queued signal, on the GUI thread) and opens what was
chosen from the results meanwhile. When the index must be built, the library is loaded for
that build and shared (`SharedLibrary`), once. Last, the Worksheet and Workshop modules load
(`FeatureLoader`). `run()` is `launch()` plus Qt's event loop; it exits with 1 when the content
cannot be loaded (after saying why).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.main_window import MainWindow
    from desktop.search_panel import SharedLibrary
    from kb import ContentError, Library

APP_NAME = "Toegang"
MAX_PROBLEMS_SHOWN = 15


def content_error_text(error: ContentError) -> str:
    shown = [str(p) for p in error.problems[:MAX_PROBLEMS_SHOWN]]
    more = len(error.problems) - len(shown)
    if more:
        shown.append(f"… and {more} more: run `toegang check` for the full list.")
    return "\n".join(shown)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def explain(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # not before the first frame (main_window doc)

    print(f"toegang: the content cannot be loaded:\n{text}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, f"The content cannot be loaded:\n\n{text}")


def load_or_explain(root: Path | None) -> Library | None:
    """The library, or None after telling the user (stderr and a dialog) what is wrong."""
    from kb import ContentError, load_library

    try:
        return load_library(root)
    except ContentError as exc:
        explain(content_error_text(exc))
        return None


class ContentLoader(QThread):
    """Loads the settings and the library off the GUI thread (pydantic, TOML, validation)."""

    loaded = Signal(object, object, object)  # Library, Settings, SettingsNotice or None
    failed = Signal(str)  # why the content cannot be loaded

    def __init__(self, library: SharedLibrary, config_file: Path) -> None:
        super().__init__()
        self.library, self.config_file = library, config_file

    def run(self) -> None:
        from desktop.settings import load_settings
        from kb import ContentError

        try:
            settings, message = load_settings(self.config_file)
            library = self.library.get()
        except ContentError as exc:
            self.failed.emit(content_error_text(exc))
            return
        except Exception as exc:  # never a silent dead window
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.loaded.emit(library, settings, message)


class FeatureLoader(QThread):
    """Imports the Worksheet and Workshop modules off the GUI thread, after search is ready."""

    def run(self) -> None:
        import importlib

        for name in ("desktop.worksheet_wizard", "desktop.workshop"):
            importlib.import_module(name)


class _FirstFrame(QObject):
    """Calls back once the window has painted its first frame (or after `fallback_ms`, e.g.
    when it starts minimised): work started earlier would compete with that first paint for
    Python's GIL (the window's event filters are Python)."""

    def __init__(self, window: QWidget, callback: object, fallback_ms: int = 300) -> None:
        super().__init__(window)
        self.window, self.callback = window, callback
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint) and not self.done:
            QTimer.singleShot(0, self._fire)  # after this frame has been painted
        return False

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            self.window.removeEventFilter(self)
            self.callback()  # type: ignore[operator]


def launch(root: Path | None = None) -> MainWindow:
    """Show the main window now; open the index, then load the content and the feature menus."""
    app = application()
    from desktop.main_window import MainWindow
    from desktop.search_panel import SharedLibrary

    window = MainWindow(None)
    window.show()
    library = SharedLibrary(root)
    loader = ContentLoader(library, window.config_file)
    features = FeatureLoader()
    window.loaders = [loader, features]  # type: ignore[attr-defined]

    def after_search(then: Callable[[], None]) -> None:
        """`then`, once search is ready and has answered what was typed meanwhile: the
        user's first query goes first."""
        once = QtCore.Qt.ConnectionType.SingleShotConnection  # not before the first frame
        search = window.search
        if not search.is_ready():
            search.ready.connect(lambda: after_search(then), once)
        elif search.is_waiting():
            search.results_ready.connect(lambda _query: then(), once)
        else:
            then()

    def first_frame() -> None:
        window.search.open_content(library)
        after_search(start_loader)
        # Building the index loads the library anyway: fill the window meanwhile.
        window.search.index_busy.connect(lambda busy: start_loader() if busy else None)

    def start_loader() -> None:
        if window.isVisible() and not (loader.isRunning() or loader.isFinished()):
            loader.start()

    def loaded(library: Library, settings: object, message: object) -> None:
        window.set_library(library, settings, message)  # type: ignore[arg-type]
        # The Worksheet and Workshop menus come last.
        after_search(start_features)

    def start_features() -> None:
        if window.isVisible() and not (features.isRunning() or features.isFinished()):
            features.start()

    def features_loaded() -> None:
        if window.isVisible():
            window.install_feature_menus()
            window.worksheets.offer_unfinished()  # a draft left by a crash is offered back

    def finish_threads() -> None:
        for thread in (loader, features):
            with contextlib.suppress(RuntimeError):  # deleted already, at interpreter exit
                thread.wait()

    def failed(text: str) -> None:
        explain(text)
        window.close()
        app.exit(1)

    loader.loaded.connect(loaded)
    loader.failed.connect(failed)
    features.finished.connect(features_loaded)
    app.aboutToQuit.connect(finish_threads)
    window.destroyed.connect(finish_threads)
    window.first_frame = _FirstFrame(window, first_frame)  # type: ignore[attr-defined]
    return window


def run(root: Path | None = None) -> int:
    app = application()
    launch(root)
    return app.exec()
