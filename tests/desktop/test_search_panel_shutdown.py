"""The search panel after `shutdown()` (its window was closed): no work starts on its worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import search_panel
from desktop.search_panel import SearchPanel
from kb import load_library


def test_no_index_job_starts_after_shutdown(
    qtbot: QtBot, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []  # `rebuild` of each index opened
    real = search_panel.make_searcher

    def recording(*args: object, **kwargs: object) -> object:
        opened.append(kwargs.get("rebuild"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_panel, "make_searcher", recording)
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.shutdown()  # the window was closed while the content was still loading
    library = load_library(content)
    panel.set_library(library)  # ... and the loader's library arrives afterwards
    panel._pool.waitForDone()  # whatever was started has finished: nothing may have been
    assert opened == []
    assert panel.rebuild_index() is False  # Edit > Rebuild search index, likewise
    panel._pool.waitForDone()
    assert opened == []
    assert not panel.is_ready() and panel.searcher is None
