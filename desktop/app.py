"""Start the desktop application: load the content, show the main window, run Qt's loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from kb import ContentError, Library, load_library

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


def load_or_explain(root: Path | None) -> Library | None:
    """The library, or None after telling the user (stderr and a dialog) what is wrong."""
    try:
        return load_library(root)
    except ContentError as exc:
        text = content_error_text(exc)
        print(f"toegang: the content cannot be loaded:\n{text}", file=sys.stderr)
        QMessageBox.critical(None, APP_NAME, f"The content cannot be loaded:\n\n{text}")
        return None


def run(root: Path | None = None) -> int:
    app = application()
    library = load_or_explain(root)
    if library is None:
        return 1
    from desktop.main_window import MainWindow

    window = MainWindow(library)
    window.show()
    window.worksheets.offer_unfinished()  # a draft left by a crash is offered back
    return app.exec()
