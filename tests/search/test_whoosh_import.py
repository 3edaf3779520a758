"""Whoosh loads without `urllib.request`, and a later import of it gets the real module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _run(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return result.stdout.split()


def test_search_loads_whoosh_without_urllib_request() -> None:
    out = _run(
        "import sys\n"
        "import search.service, search.store\n"
        "print('urllib.request' in sys.modules)\n"
        "import whoosh.compat\n"
        "print(whoosh.compat.urlretrieve.__module__)\n"
        "import urllib.request\n"  # the real module, not the stand-in
        "print(hasattr(urllib.request, 'Request'), hasattr(urllib.request, 'urlopen'))\n"
        "print(sys.modules['urllib.request'] is urllib.request)\n"
    )
    assert out == ["False", "search.whoosh_import", "True", "True", "True"]


def test_an_already_imported_urllib_request_is_left_alone() -> None:
    out = _run(
        "import urllib.request\n"
        "import search.service, whoosh.compat\n"
        "print(whoosh.compat.urlretrieve is urllib.request.urlretrieve)\n"
    )
    assert out == ["True"]


def test_the_stand_in_calls_the_real_urlretrieve() -> None:
    import urllib.request

    from search import whoosh_import

    calls: list[tuple[object, ...]] = []
    original = urllib.request.urlretrieve
    urllib.request.urlretrieve = lambda *args, **kwargs: calls.append(args)  # type: ignore[assignment]
    try:
        whoosh_import._urlretrieve("file:///nothing", "/dev/null")
    finally:
        urllib.request.urlretrieve = original
    assert calls == [("file:///nothing", "/dev/null")]
