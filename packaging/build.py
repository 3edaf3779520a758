"""Build the standalone app: `python packaging/build.py [--dist DIR] [--work DIR] [--clean]`.

1. Builds the search index for the shipped content into the work folder (the same code the app
   runs, `search.store.build`); the spec ships it where `search.store.SHIPPED` points when frozen
   (`search/prebuilt/` next to the `search` modules), so the app opens it read-only.
2. Runs PyInstaller on `packaging/toegang.spec` with a private cache folder
   (`PYINSTALLER_CONFIG_DIR`, unless already set), so CI never shares `~/.cache/pyinstaller`.
3. Prints where the bundle is, its size and the build time.

This file is run by path and `packaging/` has no `__init__.py`: it must never become an
importable package, or it would shadow the `packaging` library from PyPI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "toegang.spec"
APP_NAME = "Toegang"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_prebuilt_index(staging: Path) -> tuple[Path, str] | None:
    """Build the index of the shipped content into `staging`; return (folder, bundle place).

    Uses the search package's own lifecycle code, so the stamp (content version, format) is
    exactly what the frozen app checks before it trusts the shipped index.
    """
    sys.path.insert(0, str(ROOT))
    from kb import load_library

    try:
        from search import store
    except ImportError as exc:
        print(f"build: no prebuilt index: the search package is incomplete ({exc})")
        return None
    shutil.rmtree(staging, ignore_errors=True)
    library = load_library(None)
    started = time.perf_counter()
    store.build(library, staging)
    print(
        f"build: search index for content {library.version} built in "
        f"{time.perf_counter() - started:.1f} s"
    )
    # Ship it where the frozen `search.store` looks: SHIPPED relative to the search package.
    package_parent = Path(store.__file__).resolve().parent.parent
    return staging, store.SHIPPED.resolve().relative_to(package_parent).as_posix()


def build(dist: Path, work: Path, *, clean: bool = False, quiet: bool = True) -> Path:
    """Build the bundle into `dist/Toegang`; return that folder. Raises CalledProcessError."""
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(work / "pyinstaller-config"))
    index = build_prebuilt_index(work / "prebuilt-index")
    if index is not None:
        env["TOEGANG_PREBUILT_INDEX"] = str(index[0])
        env["TOEGANG_PREBUILT_INDEX_DEST"] = index[1]
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        "--log-level",
        "WARN" if quiet else "INFO",
    ]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    return dist / APP_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the standalone Toegang app.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's INFO log")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        bundle = build(
            args.dist.resolve(), args.work.resolve(), clean=args.clean, quiet=not args.verbose
        )
    except subprocess.CalledProcessError as exc:
        print(f"build: PyInstaller failed (exit code {exc.returncode})", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    size = folder_size(bundle)
    print(f"build: {bundle} ({size / 1e6:.1f} MB) in {seconds:.0f} s")
    program = "toegang-cli.exe" if sys.platform == "win32" else APP_NAME
    print(f"build: try it with {bundle / program} --self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
