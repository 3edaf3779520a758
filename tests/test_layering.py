"""`kb`, `search` and the headless command line never load Qt (napari's rule, proven here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import GOOD

PROBE = """
import sys
{imports}
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))
print('QT-MODULES:' + ','.join(loaded))
"""


def _loaded_qt_modules(imports: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    return result.stdout.rsplit("QT-MODULES:", 1)[1].strip()


def test_kb_and_search_import_without_qt() -> None:
    imports = "\n".join(
        f"import {name}"
        for name in (
            "kb",
            "kb.library",
            "kb.loader",
            "kb.render",
            "kb.plaintext",
            "kb.expressions",
            "kb.content_check",
            "kb.case_answers",
            "kb.workshops",
            "kb.slides",
            "kb.exercise",
            "kb.models",
            "kb.worksheet.answers",
            "kb.worksheet.decision",
            "kb.worksheet.definitions",
            "kb.worksheet.engine",
            "kb.worksheet.export",
            "kb.worksheet.fill",
            "kb.worksheet.models",
            "kb.worksheet.monitoring",
            "kb.worksheet.record",
            "kb.worksheet.risk",
            "kb.worksheet.session",
            "kb.worksheet.storage",
            "toegang.worksheet_cli",
            "search",
            "search.text",
            "search.decompound",
            "search.synonyms",
            "search.indexer",
            "search.store",
            "search.query",
            "search.snippets",
            "search.service",
            "search.evaluate",
            "search.benchmark",
            "toegang",
            "toegang.cli",
        )
    )
    assert _loaded_qt_modules(imports) == ""


def test_headless_commands_run_without_qt() -> None:
    imports = (
        "from toegang.cli import main\n"
        f"assert main(['check', '--content', {str(GOOD)!r}]) == 0\n"
        f"assert main(['show', 'wwft/alpha', '--content', {str(GOOD)!r}]) == 0"
    )
    assert _loaded_qt_modules(imports) == ""
