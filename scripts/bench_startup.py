"""Start-up benchmark: Toegang against an empty PySide6 window, started the same way.

Each run starts a fresh interpreter and measures, from process start: the time until the window
is shown (its first frame painted: the event-loop turn after its first paint), and for Toegang
the time until search is ready (a query typed when the window showed has answered, with the
real search service and the index in the user's cache, as on a normal start). Toegang starts
through `toegang.cli.main`, as the `toegang` command does. Runs alternate between the two
programs. Prints medians and both ratios to the empty window's time shown.

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

# "Shown" is the same for both programs: the window's first frame has been painted (the
# event-loop turn after its first UpdateRequest/Paint event).
FIRST_FRAME = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstFrame(QObject):
    def __init__(self, window, callback):
        super().__init__(window)
        self.callback, self.done = callback, False
        window.installEventFilter(self)
    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint) and not self.done:
            self.done = True
            QTimer.singleShot(0, self.callback)
        return False
"""

EMPTY = (
    FIRST_FRAME
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
first = FirstFrame(window, shown)
app.exec()
"""
)

# Started exactly as `toegang` starts it (desktop.app.launch, as run() does): the window shows
# first, the library and the index load behind it. "ready": a query typed as soon as the window
# shows has been answered and its results are on screen (typing before then is kept).
# Started exactly as the `toegang` command starts it (toegang.cli.main: the argument parser, then
# desktop.app.run: the window shows first, the library and the index load behind it); `run` is
# wrapped only to add the two marks. "ready": a query typed as soon as the window shows has been
# answered and its results are on screen (what is typed before then is kept).
TOEGANG = (
    FIRST_FRAME
    + """
import sys
import desktop.app
def run(root=None):
    app = desktop.app.application()
    window = desktop.app.launch(root)
    def shown():
        print("shown", flush=True)
        window.search.results_ready.connect(ready)
        window.search.query_edit.setText("cliënt")
        window.search_now()
    def ready(query):
        if not window.search.hits:
            print("no hits", flush=True)
        print("ready", flush=True)
        window.close()
        app.quit()
    window.bench_first_frame = FirstFrame(window, shown)
    return app.exec()
desktop.app.run = run
from toegang.cli import main
content = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
sys.exit(main(["--content", content] if content else []))
"""
)


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
    if process.returncode or "no hits" in marks:
        raise SystemExit(
            f"the benchmark program failed: {sorted(marks)}, exit {process.returncode}"
        )
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
