"""A machine without a display or a Qt system library gets a message saying what to install."""

from __future__ import annotations

import os
import subprocess
import sys

from toegang.qtcheck import install_hint, missing_from_ldd

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibEGL.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibglib-2.0.so.0 => /lib/x86_64-linux-gnu/libglib-2.0.so.0 (0x00007f)
\tlibEGL.so.1 => not found
"""


def test_missing_libraries_are_read_from_ldd() -> None:
    assert missing_from_ldd(LDD) == ["libEGL.so.1", "libxcb-cursor.so.0"]


def test_install_hint_names_debian_packages() -> None:
    assert install_hint(["libEGL.so.1", "libxcb-cursor.so.0"]) == (
        "sudo apt-get install libegl1 libxcb-cursor0"
    )
    assert "libfoo.so.9" in install_hint(["libfoo.so.9"])


def test_no_display_gives_a_message_instead_of_a_qt_abort() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        [sys.executable, "-m", "toegang"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 3
    assert "no display was found" in result.stderr
    assert "xvfb-run" in result.stderr
    assert "Aborted" not in result.stderr and "core dumped" not in result.stderr
