"""Start the app, search, open an article, and save screenshots (for the README).

Run under a real X server, for example Xvfb:

    xvfb-run -s "-screen 0 1280x860x24" python scripts/screenshots.py [--content DIR] [--out DIR]

Settings go to a temporary folder, so the user's own settings are neither read nor changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, help="content folder (default: shipped)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--query", default="opting-in voorwaarden")
    args = parser.parse_args()
    os.environ["TOEGANG_CONFIG_DIR"] = tempfile.mkdtemp(prefix="toegang-shots-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import application, load_or_explain
    from desktop.main_window import MainWindow

    app = application()
    library = load_or_explain(args.content)
    if library is None:
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(library)
    window.resize(1260, 820)
    window.show()

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str) -> None:
        settle()
        screen = QApplication.primaryScreen()
        picture = screen.grabWindow(window.winId()) if screen else window.grab()
        if picture.isNull():
            picture = window.grab()
        path = args.out / name
        picture.save(str(path))
        print(path)

    settle(500)
    shot("start.png")
    window.search.query_edit.setText(args.query)
    loop = QEventLoop()
    window.search.results_ready.connect(loop.quit)
    window.search_now()
    loop.exec()
    shot("search.png")
    window.search.open_selected()
    shot("article.png")
    window.view.open_find()
    window.view.find_bar.edit.setText("sekswerk")
    shot("find.png")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
