"""Shared test setup: Qt runs offscreen, and content fixtures are copied before being broken."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the good content fixture, free to break."""
    root = tmp_path / "content-root"
    shutil.copytree(GOOD, root)
    return root
