"""GUI tests: every test here drives real widgets offscreen and is marked `gui`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop.i18n import install_language

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from desktop.main_window import MainWindow
    from kb import Library


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/desktop" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings and the search index the window builds go to private folders (never the
    user's); the UI language is reset after each test."""
    folder = tmp_path / "config"
    monkeypatch.setenv("TOEGANG_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield folder
    install_language("en")


def open_window(qtbot: QtBot, library: Library, lang: str = "nl") -> MainWindow:
    """A main window on `library`, shown, with its search index open (built, here, on the
    search panel's worker thread)."""
    from desktop.main_window import MainWindow

    win = MainWindow(library, lang=lang)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    wait_ready(qtbot, win)
    return win


def wait_ready(qtbot: QtBot, win: MainWindow) -> None:
    """The index opens (here: is built) on the search panel's worker thread."""
    if not win.search.is_ready():
        with qtbot.waitSignal(win.search.ready, timeout=10000):
            pass
