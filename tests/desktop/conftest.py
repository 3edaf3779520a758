"""GUI tests: every test here drives real widgets offscreen and is marked `gui`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.i18n import install_language


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
