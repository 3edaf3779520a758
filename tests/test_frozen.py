"""The standalone app: build it with PyInstaller into a temporary folder and run its self-test.

Marked `packaging` (and `slow`): the default run leaves it out; `.ci/run` runs it after the main
suite with `python -m pytest -m packaging`. The cheap guard at the end runs always.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
BUILD = ROOT / "packaging" / "build.py"
MAX_BUNDLE_MB = 150  # the Linux target
# What the Linux bundle may take from the system (README, "Standalone build"): glibc, OpenGL/EGL,
# libxcb (it comes with libgl1), and libcups for printing to a printer.
SYSTEM_LIBRARIES = {
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "libGL.so.1",
    "libEGL.so.1",
    "libxcb.so.1",
    "libcups.so.2",
}


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and symlink (PyInstaller links libraries into `_internal/`): size, mtime."""
    return {
        p.relative_to(folder).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() or p.is_symlink()
    }


def _size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def _needed_from_system(bundle: Path) -> set[str]:
    """Libraries the bundle's ELF files name that the bundle does not carry."""
    objdump = shutil.which("objdump")
    assert objdump, "objdump (binutils) is needed to strip the build and to check it"
    elf = [p for p in bundle.rglob("*") if p.is_file() and p.read_bytes()[:4] == b"\x7fELF"]
    carried = {p.name for p in elf}
    needed: set[str] = set()
    for path in elf:
        out = subprocess.run([objdump, "-p", str(path)], capture_output=True, text=True).stdout
        needed |= {
            line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")
        }
    return needed - carried


@pytest.mark.packaging
@pytest.mark.slow
def test_frozen_app_builds_and_passes_its_self_test(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # Selected only by name: `-m "not gui"` must not start a build.
    chosen = str(request.config.getoption("markexpr") or "").replace("not packaging", "")
    if "packaging" not in chosen:
        pytest.skip("builds the standalone app (about a minute): run with -m packaging")
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
    build = subprocess.run(
        [sys.executable, str(BUILD), "--dist", str(tmp_path / "dist"), "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = tmp_path / "dist" / "Toegang"
    program = bundle / ("toegang-cli.exe" if sys.platform == "win32" else "Toegang")
    assert program.is_file(), build.stdout
    assert (bundle / "_internal" / "search" / "prebuilt" / "CURRENT").is_file(), build.stdout
    broken = [p.name for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not broken, f"symlinks to libraries the spec dropped: {broken}"

    before = _snapshot(bundle)
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    for name in ("TOEGANG_CONTENT", "TOEGANG_CONFIG_DIR", "TOEGANG_DATA"):
        env.pop(name, None)
    run = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    report = run.stdout + run.stderr
    assert run.returncode == 0, report
    assert "self-test passed" in report and "standalone build" in report, report
    assert "✗" not in report and "skipped" not in report, report
    assert "prebuilt, opened read-only" in report, report
    # Read-only use: nothing in the bundle was written, changed or added (no index rebuilt in
    # it, no settings, no __pycache__), and nothing was rebuilt in the user's cache either.
    assert _snapshot(bundle) == before
    assert not (home / "cache" / "toegang" / "index").exists()

    if sys.platform.startswith("linux"):
        size_mb = _size_mb(bundle)
        assert size_mb <= MAX_BUNDLE_MB, f"the bundle is {size_mb:.0f} MB"
        assert _needed_from_system(bundle) <= SYSTEM_LIBRARIES, (
            "the bundle needs system libraries the README does not list: "
            f"{sorted(_needed_from_system(bundle) - SYSTEM_LIBRARIES)}"
        )


def test_the_packaging_folder_does_not_shadow_the_packaging_library() -> None:
    """`packaging/` holds the spec and scripts run by path; with an __init__.py it would hide
    PyPI's `packaging` (which pip, pytest and setuptools import) from anything run here."""
    assert not (ROOT / "packaging" / "__init__.py").exists()
    module = importlib.import_module("packaging")
    assert module.__file__ is not None
    assert Path(module.__file__).parent != ROOT / "packaging"
