"""Render packaging/icon/toegang.svg to the PNG, ICO (Windows) and ICNS (macOS) icons.

Run by path when the SVG changes: `python packaging/make_icon.py`. The outputs are committed, so
a build never needs this. ICO and ICNS are written as containers of PNG images (both formats
allow it), so no imaging library beyond Qt's SVG renderer is needed.
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "icon"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "icon.png"
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        return path.read_bytes()


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    svg = HERE / "toegang.svg"
    pngs = {size: render_png(svg, size) for size in (*ICO_SIZES, 512)}
    (HERE / "toegang.png").write_bytes(pngs[256])
    (HERE / "toegang.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "toegang.icns").write_bytes(icns(pngs))
    del app
    for name in ("toegang.png", "toegang.ico", "toegang.icns"):
        print(f"{HERE / name}: {(HERE / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
