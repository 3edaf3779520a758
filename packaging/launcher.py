"""Entry script of the frozen program: the same `toegang` command as the installed one.

PyInstaller freezes this file (see toegang.spec). It is not part of any package and is run by
path, so the `packaging/` folder never becomes an importable `packaging` package.
"""

from __future__ import annotations

import sys

from toegang.cli import main

if __name__ == "__main__":
    sys.exit(main())
