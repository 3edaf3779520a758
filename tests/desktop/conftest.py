"""GUI tests: every test here drives real widgets offscreen and is marked `gui`."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/desktop" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
