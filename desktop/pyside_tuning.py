"""Stop PySide6 from reading the source file of every module imported after it.

PySide6 (6.12) replaces `__import__`: after each newly imported module it reads the module's
whole source (`inspect.getsource`) to see whether the text "PySide6" occurs, which decides
whether the module may switch PySide's `__feature__` options (snake_case, true_property).
Toegang selects no such option anywhere, so the answer makes no difference here; reading ~220
source files cost ~18 ms of the GIL on the way to the first search (`scripts/bench_startup.py`).

Every module is answered "does not switch features" without reading it: what PySide itself
answers in the frozen build, where there is no source to read. Only PySide's internal module
is touched, and only when it has the function this expects; otherwise nothing changes.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  (loads shibokensupport.feature, the module this adjusts)

FEATURE_MODULE = "shibokensupport.feature"


def _no_features(module: ModuleType) -> bool:
    return False


def skip_feature_source_scan() -> bool:
    """Install the short answer; True when PySide's hook was found and adjusted."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _no_features  # type: ignore[attr-defined]
    return True
