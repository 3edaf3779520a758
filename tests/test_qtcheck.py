"""A machine without a display or a Qt system library gets a message saying what to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from toegang import qtcheck
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


def _library_needing(tmp_path: Path, soname: str) -> Path:
    """A shared library that needs `soname`, which is then removed (as on a minimal Linux)."""
    if shutil.which("gcc") is None:
        pytest.skip("gcc is needed to build the test libraries")
    (tmp_path / "dep.c").write_text("int dep(void) { return 1; }\n")
    (tmp_path / "main.c").write_text("int dep(void);\nint uses(void) { return dep(); }\n")
    dep = tmp_path / soname
    subprocess.run(
        ["gcc", "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", dep, tmp_path / "dep.c"],
        check=True,
    )
    library = tmp_path / "libuses.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", library, tmp_path / "main.c", dep], check=True)
    dep.unlink()
    return library


def test_a_library_that_cannot_load_is_named(tmp_path: Path) -> None:
    library = _library_needing(tmp_path, "libtoegang-missing.so.7")
    error = qtcheck._load_error(library)
    assert error is not None and "libtoegang-missing.so.7" in error
    assert qtcheck._MISSING_IMPORT.findall(error) == ["libtoegang-missing.so.7"]
    loads = tmp_path / "libloads.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", loads, tmp_path / "dep.c"], check=True)
    assert qtcheck._load_error(loads) is None
    assert qtcheck._load_error(tmp_path / "not-there.so") is None  # another layout: Qt says


def test_ldd_names_what_a_library_misses(tmp_path: Path) -> None:
    if shutil.which("ldd") is None:
        pytest.skip("ldd is not installed")
    library = _library_needing(tmp_path, "libtoegang-missing.so.7")
    assert qtcheck._ldd_missing([library]) == ["libtoegang-missing.so.7"]


def test_on_x11_ldd_runs_only_when_the_library_fails_to_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(qtcheck, "_ldd_missing", lambda paths: pytest.fail("ldd was run"))
    monkeypatch.setattr(qtcheck, "_load_error", lambda library: None)
    assert qtcheck.qt_problem() is None
    # It fails: ldd is asked for the whole list; when it finds nothing, the loader's own
    # message still names the library and its package.
    error = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    monkeypatch.setattr(qtcheck, "_load_error", lambda library: error)
    monkeypatch.setattr(qtcheck, "_ldd_missing", lambda paths: [])
    problem = qtcheck.qt_problem()
    assert problem is not None and "sudo apt-get install libxcb-cursor0" in problem
