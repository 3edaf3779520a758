"""Say clearly why Qt cannot start, before Qt aborts with a message nobody can act on.

Qt's own failure on a machine without a display or a system library is an abort with a hint that
often names the wrong library. This check runs first: it tries the imports and loads the X11
platform's library (as Qt is about to); only when one fails does it ask `ldd` which libraries
cannot be found, and turn each into the Debian or Ubuntu package that provides it. On a machine
where all is well it costs a library load Qt would do anyway, not an `ldd` run per start.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

# soname -> Debian/Ubuntu package
PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-shape.so": "libxcb-shape0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}

_MISSING_IMPORT = re.compile(r"(lib[\w.+-]+\.so[.\d]*): cannot open shared object file")
_LDD_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def missing_from_ldd(output: str) -> list[str]:
    """The sonames `ldd` reports as 'not found', in order, without repeats."""
    return list(dict.fromkeys(_LDD_NOT_FOUND.findall(output)))


def install_hint(sonames: list[str]) -> str:
    packages = sorted({PACKAGES.get(name, name) for name in sonames})
    unknown = [name for name in sonames if name not in PACKAGES]
    hint = f"sudo apt-get install {' '.join(packages)}"
    if unknown:
        hint += (
            f"\n(no package is known here for {', '.join(unknown)}: search for it with apt-file)"
        )
    return hint


def _ldd_missing(paths: list[Path]) -> list[str]:
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: list[str] = []
    for path in paths:
        if not path.exists():
            continue
        try:
            result = subprocess.run(
                [ldd, str(path)], capture_output=True, text=True, timeout=20, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        missing += missing_from_ldd(result.stdout)
    return list(dict.fromkeys(missing))


def _load_error(library: Path) -> str | None:
    """Why the dynamic loader cannot load `library` with everything it needs (the X11
    platform's libraries: the ones a minimal Linux most often lacks), or None when it can.
    A library that is not there (another layout) counts as loadable: Qt says what it misses."""
    if not library.exists():
        return None
    import ctypes

    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        return str(exc)
    return None


def platform_name() -> str:
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]
    if requested:
        return requested
    if sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
            return "wayland"
        return "xcb"
    return "native"


def qt_problem() -> str | None:
    """A message saying what stops Qt from starting here, or None when it should start."""
    try:
        import PySide6
    except ImportError:
        return (
            "Toegang cannot start its window: the Qt library for Python (PySide6) is not "
            "installed.\nInstall the program with: pip install -e .  (or pip install toegang)"
        )
    qt_dir = Path(PySide6.__file__).resolve().parent / "Qt"
    libs = [qt_dir / "lib" / "libQt6Gui.so.6", qt_dir / "lib" / "libQt6Widgets.so.6"]
    try:
        from PySide6 import QtGui, QtWidgets  # noqa: F401 (the import is the check)
    except ImportError as exc:
        missing = _ldd_missing(libs) or _MISSING_IMPORT.findall(str(exc))
        if missing:
            return (
                "Toegang cannot start its window: Qt needs system libraries that are missing "
                f"here ({', '.join(missing)}).\nInstall them with: {install_hint(missing)}"
            )
        return f"Toegang cannot start its window: Qt failed to load ({exc})."

    platform = platform_name()
    if platform == "xcb":
        if not os.environ.get("DISPLAY"):
            return (
                "Toegang cannot open a window: no display was found (DISPLAY is not set).\n"
                "Start it from a desktop session, or on a server run it under a virtual display: "
                "xvfb-run toegang  (sudo apt-get install xvfb xauth).\n"
                "For a check without any display: QT_QPA_PLATFORM=offscreen toegang --self-test"
            )
        xcb_qpa = qt_dir / "lib" / "libQt6XcbQpa.so.6"
        error = _load_error(xcb_qpa)
        if error is None:
            return None
        plugin = qt_dir / "plugins" / "platforms" / "libqxcb.so"
        missing = _ldd_missing([plugin, xcb_qpa]) or _MISSING_IMPORT.findall(error)
        if missing:
            return (
                "Toegang cannot open a window: the X11 (xcb) display needs system libraries that "
                f"are missing here ({', '.join(missing)}).\n"
                f"Install them with: {install_hint(missing)}"
            )
        return f"Toegang cannot open a window: Qt's X11 (xcb) library fails to load ({error})."
    elif platform == "wayland" and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "Toegang cannot open a window: QT_QPA_PLATFORM is wayland but no Wayland display runs."
        )
    return None
