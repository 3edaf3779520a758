"""Start-up benchmark: Toegang against an empty PySide6 window, started the same way.

Each run starts a fresh interpreter and measures, from process start: the time until the window
is shown (its first frame painted: the event-loop turn after its first paint), and for Toegang
the time until search is ready (a query typed when the window showed has answered, with the
real search service and the index in the user's cache, as on a normal start). Toegang starts
through `toegang.cli.main`, as the `toegang` command does. Runs alternate between the two
programs. Prints medians and both ratios to the empty window's time shown.

    python scripts/bench_startup.py [--runs 9] [--content DIR]

Toegang is measured twice: as installed (its modules' bytecode compiled, as `pip install`, a
frozen build or Python's first start leaves it; the empty window's PySide6 modules are compiled
too) against the targets, and from source with no bytecode (a copy of the packages started with
PYTHONDONTWRITEBYTECODE=1, compiled on every start) for comparison. Uses QT_QPA_PLATFORM from
the environment (offscreen when there is no DISPLAY).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
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
        print("from " + desktop.app.__file__, flush=True)
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


PACKAGES = ("desktop", "kb", "search", "toegang")


def compile_packages() -> None:
    """Bytecode for the program's modules, as an installation has it: `pip install` compiles
    them, a frozen build carries them, and Python writes them on the first start (unless
    PYTHONDONTWRITEBYTECODE is set, as on the development machine). PySide6's own modules,
    which the empty window loads, were compiled when it was installed."""
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=2)


def source_copy() -> Path:
    """A copy of the program's packages without bytecode, started with PYTHONDONTWRITEBYTECODE:
    every start compiles our modules from source (the worst case, shown for comparison)."""
    folder = Path(tempfile.mkdtemp(prefix="toegang-source-"))
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, folder / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    return folder


def run_once(
    code: str, content: str, cwd: Path = ROOT, no_bytecode: bool = False
) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env["TOEGANG_CONFIG_DIR"] = tempfile.mkdtemp(prefix="toegang-bench-")
    if no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, content],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=cwd,
        env=env,
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        marks[line.strip()] = time.perf_counter() - start
    process.wait()
    origin = [mark for mark in marks if mark.startswith("from ")]
    if origin and not origin[0].startswith(f"from {cwd}"):  # not the copy meant to be measured
        raise SystemExit(f"the benchmark started the wrong program: {origin[0]}")
    if process.returncode or "no hits" in marks:
        raise SystemExit(
            f"the benchmark program failed: {sorted(marks)}, exit {process.returncode}"
        )
    return marks


def report(label: str, marks: dict[str, list[float]], base: float, note: str) -> None:
    shown, ready = statistics.median(marks["shown"]), statistics.median(marks["ready"])
    print(
        f"{label:<34} shown {shown * 1000:4.0f} ms = {shown / base:.2f}x{note.format(1.5)};"
        f" search ready {ready * 1000:4.0f} ms = {ready / base:.2f}x{note.format(3)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Toegang start-up benchmark")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--content", default="")
    args = parser.parse_args()
    compile_packages()
    source = source_copy()
    try:
        programs = {  # label -> (code, working folder, no bytecode written)
            "empty": (EMPTY, ROOT, False),
            "installed": (TOEGANG, ROOT, False),
            "source": (TOEGANG, source, True),
        }
        times: dict[str, dict[str, list[float]]] = {name: {} for name in programs}
        for code, cwd, no_bytecode in programs.values():  # warm the file cache and the index
            run_once(code, args.content, cwd, no_bytecode)
        for _ in range(args.runs):  # interleaved, so drift affects all alike
            for name, (code, cwd, no_bytecode) in programs.items():
                for mark, seconds in run_once(code, args.content, cwd, no_bytecode).items():
                    times[name].setdefault(mark, []).append(seconds)
    finally:
        shutil.rmtree(source, ignore_errors=True)
    base = statistics.median(times["empty"]["shown"])
    print(f"runs: {args.runs}, platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}, medians")
    print(f"{'empty PySide6 window':<34} shown {base * 1000:4.0f} ms")
    report("Toegang (bytecode, as installed)", times["installed"], base, " (target <= {})")
    report("Toegang (from source, no bytecode)", times["source"], base, "")
    print("(from source: for comparison only; an installed program has its bytecode)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
