"""PySide6's import hook no longer reads the source of every module imported after it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import pyside_tuning

ROOT = Path(__file__).parents[2]


def test_modules_imported_after_pyside_are_not_read() -> None:
    # A fresh interpreter, as at start-up: importing `desktop` installs the short answer.
    code = (
        "import inspect, sys\n"
        "import desktop\n"
        "read = []\n"
        "original = inspect.getsource\n"
        "inspect.getsource = lambda obj: read.append(obj) or original(obj)\n"
        "import colorsys, fractions\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "print(len(read), feature.pyside_feature_dict.get('colorsys'),\n"
        "      feature.pyside_feature_dict.get('fractions'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    # Nothing read; both modules "do not switch features" (-1), as in the frozen build.
    assert result.stdout.split() == ["0", "-1", "-1"]


def test_without_pyside_s_hook_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, pyside_tuning.FEATURE_MODULE, raising=False)
    assert pyside_tuning.skip_feature_source_scan() is False
    other = type(sys)("shibokensupport.feature")  # a PySide that works differently
    monkeypatch.setitem(sys.modules, pyside_tuning.FEATURE_MODULE, other)
    assert pyside_tuning.skip_feature_source_scan() is False
    assert not hasattr(other, "_mod_uses_pyside")


def test_the_hook_is_installed_in_this_process() -> None:
    feature = sys.modules[pyside_tuning.FEATURE_MODULE]
    assert feature._mod_uses_pyside is pyside_tuning._no_features
