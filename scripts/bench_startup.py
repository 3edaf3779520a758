"""Start-up benchmark: Toegang against an empty PySide6 window, started the same way.

Each run starts a fresh interpreter and measures, from process start: the time until the window
is shown (the first event-loop turn after show()), and for Toegang the time until search is
ready (a first query has answered). Prints medians and ratios to the empty window's time shown.

    python scripts/bench_startup.py [--runs 7] [--content DIR]

Uses QT_QPA_PLATFORM from the environment (offscreen when there is no DISPLAY).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EMPTY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

TOEGANG = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.app import application, load_or_explain
app = application()
content = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
library = load_or_explain(Path(content) if content else None)
from desktop.main_window import MainWindow
window = MainWindow(library)
window.show()
def shown():
    print("shown", flush=True)
    window.search.results_ready.connect(ready)
    window.search.query_edit.setText("cliënt")
    window.search_now()
def ready():
    print("ready", flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def run_once(code: str, content: str) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env["TOEGANG_CONFIG_DIR"] = tempfile.mkdtemp(prefix="toegang-bench-")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, content],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        marks[line.strip()] = time.perf_counter() - start
    process.wait()
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description="Toegang start-up benchmark")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--content", default="")
    args = parser.parse_args()
    empty: list[float] = []
    shown: list[float] = []
    ready: list[float] = []
    run_once(EMPTY, "")  # warm the file cache for both
    run_once(TOEGANG, args.content)
    for _ in range(args.runs):  # interleaved, so drift affects both alike
        empty.append(run_once(EMPTY, "")["shown"])
        marks = run_once(TOEGANG, args.content)
        shown.append(marks["shown"])
        ready.append(marks["ready"])
    base = statistics.median(empty)
    print(f"runs: {args.runs}, platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}")
    print(f"empty PySide6 window shown:  {base * 1000:7.0f} ms")
    print(
        f"Toegang window shown:        {statistics.median(shown) * 1000:7.0f} ms"
        f"  ratio {statistics.median(shown) / base:.2f} (target <= 1.5)"
    )
    print(
        f"Toegang search ready:        {statistics.median(ready) * 1000:7.0f} ms"
        f"  ratio {statistics.median(ready) / base:.2f} (target <= 3)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
