"""Import Whoosh without the `urllib.request` it never uses here.

`whoosh.compat` (2.7.4) runs `from urllib.request import urlretrieve` when imported, which pulls
in http.client, email and ssl: about half of Whoosh's import time (~20 ms here), on the way to
the first search. Nothing in Whoosh calls `urlretrieve`, and Toegang opens no network connection.
So while `whoosh.compat` is imported, a stand-in `urllib.request` offers a `urlretrieve` that
imports the real one if it is ever called; the stand-in is removed at once, so any later
`import urllib.request` gets the real module. Search's package `__init__` calls this before any
of its modules imports Whoosh.

(Imports on other threads during those few milliseconds could see the stand-in: at start-up
Whoosh loads on the search worker while the window's thread waits in its event loop.)
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

REQUEST = "urllib.request"


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve  # the real module: the stand-in is gone by now

    return urlretrieve(*args, **kwargs)


def import_whoosh() -> None:
    """Import `whoosh.compat` (and so Whoosh's base) without `urllib.request`."""
    if "whoosh.compat" in sys.modules or REQUEST in sys.modules:
        return
    import urllib

    stand_in = ModuleType(REQUEST)
    stand_in.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
    sys.modules[REQUEST] = stand_in
    try:
        import whoosh.compat  # noqa: F401
    finally:
        if sys.modules.get(REQUEST) is stand_in:
            del sys.modules[REQUEST]
        if getattr(urllib, "request", None) is stand_in:
            del urllib.request
